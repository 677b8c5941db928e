#include "PhonedDialog.h"

#include "orders/ResultService.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wp::gui {

PhonedDialog::PhonedDialog(Workspace& ws, const orders::Catalogue& catalogue, const orders::LabResult& result,
                           const QString& resultText, QWidget* parent)
    : QDialog(parent), m_ws(ws), m_catalogue(catalogue), m_result(result)
{
    setObjectName(QStringLiteral("phonedDialog"));
    setWindowTitle(tr("Critical result phoned"));
    auto* layout = new QVBoxLayout(this);
    auto* what = new QLabel(resultText, this);
    what->setObjectName(QStringLiteral("phonedResult"));
    what->setWordWrap(true);
    what->setStyleSheet(QStringLiteral("font-weight: bold; color: #b71c1c;"));
    layout->addWidget(what);
    auto* form = new QFormLayout;
    m_receiver = new QLineEdit(this);
    m_receiver->setObjectName(QStringLiteral("phonedReceiver"));
    m_receiver->setPlaceholderText(tr("name and role, e.g. Dr Martin, MED"));
    form->addRow(tr("&Taken by:"), m_receiver);
    m_readBack = new QCheckBox(tr("The receiver read the value and the patient's identity &back"), this);
    m_readBack->setObjectName(QStringLiteral("phonedReadBack"));
    form->addRow(QString(), m_readBack);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("phonedError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record the call"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("phonedOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PhonedDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString PhonedDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PhonedDialog::accept()
{
    auto st = orders::ResultService(m_ws, m_catalogue)
                  .recordCall(m_result.recordId, m_receiver->text(), m_readBack->isChecked());
    if (!st) {
        m_error->setText(st.errorMessage());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace wp::gui
