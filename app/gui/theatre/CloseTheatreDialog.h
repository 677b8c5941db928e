#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace wp::gui {

/// The white plan's pause: close one theatre for a range of days, with a reason.
class CloseTheatreDialog : public QDialog
{
    Q_OBJECT

public:
    CloseTheatreDialog(const QStringList& theatres, const QDate& from, const QDate& to,
                       QWidget* parent = nullptr);

    QString theatre() const;
    QDate from() const;
    QDate to() const;
    QString reason() const;

private:
    void updateOk();

    QComboBox* m_theatre = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace wp::gui
