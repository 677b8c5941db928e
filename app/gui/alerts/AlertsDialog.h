#pragma once

#include "orders/Alert.h"
#include "orders/Catalogue.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace wp {
class Workspace;
}

namespace wp::gui {

/// The open alerts of a ward (or of every ward), the longest waiting first: patient, bed,
/// what it is and how long it has waited. Enter (or "Acknowledge…") answers the selected one.
class AlertsDialog : public QDialog
{
    Q_OBJECT

public:
    /// `wardCode` empty: every ward.
    AlertsDialog(Workspace& ws, const QString& wardCode, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QList<orders::Alert> alerts() const { return m_alerts; }
    QString message() const;
    /// Selects the alert `id` when listed.
    void selectAlert(const QString& id);

public slots:
    void reload();
    /// Opens the acknowledgement of the selected alert; true when one was recorded.
    bool acknowledgeSelected();

signals:
    /// An alert was closed: the board and the status bar re-read theirs.
    void acknowledged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Workspace& m_ws;
    QString m_wardCode;
    orders::Catalogue m_catalogue;
    QList<orders::Alert> m_alerts;
    QHash<QString, QString> m_patientText; ///< patient id → "MARTIN Claire, MED 3"
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_acknowledge = nullptr;
};

} // namespace wp::gui
