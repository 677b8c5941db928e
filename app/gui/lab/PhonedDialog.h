#pragma once

#include "orders/Order.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace wp {
class Workspace;
namespace orders {
class Catalogue;
}
} // namespace wp

namespace wp::gui {

/// "Phoned…": the laboratory called a critical result to the ward. Who took the call, and
/// that they read the value back, are recorded (ResultService::recordCall).
class PhonedDialog : public QDialog
{
    Q_OBJECT

public:
    PhonedDialog(Workspace& ws, const orders::Catalogue& catalogue, const orders::LabResult& result,
                 const QString& resultText, QWidget* parent = nullptr);

    QString errorText() const;

public slots:
    void accept() override;

private:
    Workspace& m_ws;
    const orders::Catalogue& m_catalogue;
    orders::LabResult m_result;
    QLineEdit* m_receiver = nullptr;
    QCheckBox* m_readBack = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace wp::gui
