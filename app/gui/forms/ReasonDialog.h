#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace wp::gui {

/// Asks why a record is changed ("Amend", "Entered in error"), like the initialled note
/// beside a correction on paper. A reason is required.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(const QString& title, const QString& prompt, QWidget* parent = nullptr);
    QString reason() const;

    /// Shows the dialog; nullopt when cancelled. With a next answer set (tests), returns it
    /// at once without showing anything: a value answers, nullopt cancels.
    static std::optional<QString> ask(QWidget* parent, const QString& title, const QString& prompt);
    static void setNextAnswer(std::optional<QString> answer);

private:
    QPlainTextEdit* m_text = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace wp::gui
