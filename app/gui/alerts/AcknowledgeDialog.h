#pragma once

#include "orders/Alert.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace wp {
class Workspace;
namespace orders {
class Catalogue;
}
} // namespace wp

namespace wp::gui {

/// Answers one alert: what was done (required) and, for a NEWS2 escalation, the response
/// chosen (doctor informed, review within N minutes, emergency team, monitoring). A critical
/// result is acknowledged by a doctor only: others are told so inline, with nothing to sign.
class AcknowledgeDialog : public QDialog
{
    Q_OBJECT

public:
    AcknowledgeDialog(Workspace& ws, const orders::Catalogue& catalogue, const orders::Alert& alert,
                      const QString& patientText, QWidget* parent = nullptr);

    /// Why the last attempt was refused (or why this user cannot sign), empty otherwise.
    QString errorText() const;
    /// The alert as closed, once accepted.
    std::optional<orders::Alert> acknowledged() const { return m_done; }

public slots:
    void accept() override;

private:
    void updateState();
    void showError(const QString& text);

    Workspace& m_ws;
    const orders::Catalogue& m_catalogue;
    orders::Alert m_alert;
    bool m_allowed = true;
    QLineEdit* m_action = nullptr;
    QButtonGroup* m_responses = nullptr;
    QSpinBox* m_reviewMinutes = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    std::optional<orders::Alert> m_done;
};

} // namespace wp::gui
