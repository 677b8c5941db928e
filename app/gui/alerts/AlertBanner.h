#pragma once

#include "orders/Alert.h"
#include "orders/Catalogue.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace wp {
class Workspace;
}

namespace wp::gui {

/// The red line under a chart's header while the patient has an unanswered alert
/// ("Unanswered: Potassium 6.9 mmol/L (HH), 25 min"), with "Acknowledge…" for the oldest.
/// Hidden when every alert is answered.
class AlertBanner : public QFrame
{
    Q_OBJECT

public:
    AlertBanner(Workspace& ws, const QString& patientId, QWidget* parent = nullptr);

    QString text() const;
    QList<orders::Alert> openAlerts() const { return m_alerts; }

public slots:
    void reload();
    /// Opens the acknowledgement of the oldest open alert; true when one was recorded.
    bool acknowledgeOldest();

signals:
    void acknowledged();

private:
    Workspace& m_ws;
    QString m_patientId;
    orders::Catalogue m_catalogue;
    QList<orders::Alert> m_alerts;
    QLabel* m_text = nullptr;
    QPushButton* m_button = nullptr;
};

} // namespace wp::gui
