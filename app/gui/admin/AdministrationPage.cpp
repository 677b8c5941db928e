#include "AdministrationPage.h"

#include "AddUserDialog.h"
#include "FhirSettingsBox.h"
#include "PasswordDialog.h"
#include "UserTableModel.h"
#include "common/MessageBar.h"
#include "common/PageHeader.h"
#include "users/SessionSettings.h"
#include "users/UserService.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace wp::gui {

AdministrationPage::AdministrationPage(Workspace& ws, QWidget* parent)
    : QWidget(parent), m_ws(ws), m_messages(new MessageBar(this)), m_refusal(new MessageBar(this)),
      m_model(new UserTableModel(this)), m_table(new QTableView(this)),
      m_add(new QPushButton(tr("&Add user…"), this)), m_toggle(new QPushButton(tr("&Disable"), this)),
      m_reset(new QPushButton(tr("&Reset password…"), this)), m_idleMinutes(new QSpinBox(this)),
      m_applyIdle(new QPushButton(tr("A&pply"), this)), m_fhir(new FhirSettingsBox(ws, m_messages, this))
{
    setObjectName(QStringLiteral("administrationPage"));
    m_refusal->setObjectName(QStringLiteral("adminRefusal"));
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_toggle->setObjectName(QStringLiteral("toggleUserButton"));
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(UserTableModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultSectionSize(160);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_reset);
    buttons->addStretch();

    m_idleMinutes->setObjectName(QStringLiteral("idleLockMinutes"));
    m_applyIdle->setObjectName(QStringLiteral("applyIdleLock"));
    m_idleMinutes->setRange(1, SessionSettings::maximumIdleLockMinutes);
    m_idleMinutes->setSuffix(tr(" min"));
    auto* session = new QGroupBox(tr("Sessions"), this);
    auto* sessionLayout = new QHBoxLayout(session);
    sessionLayout->addWidget(new QLabel(tr("Lock the screen after"), session));
    sessionLayout->addWidget(m_idleMinutes);
    sessionLayout->addWidget(new QLabel(tr("without keyboard or mouse input."), session));
    sessionLayout->addWidget(m_applyIdle);
    sessionLayout->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(new PageHeader(tr("Administration"),
                                     tr("Users of this laptop and their roles. Every change is recorded in "
                                        "the audit trail."),
                                     this));
    // The id the hospital's other laptops are set up with, so that they exchange bundles.
    auto* identity =
        new QLabel(tr("%1 · hospital id %2 · laptop %3")
                       .arg(ws.hospitalName(), ws.setting(QStringLiteral("hospital.id")), ws.deviceCode()),
                   this);
    identity->setObjectName(QStringLiteral("hospitalIdentity"));
    // A long hospital name must not widen the window past the screen.
    identity->setWordWrap(true);
    identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(identity);
    layout->addWidget(m_refusal);
    layout->addWidget(m_messages);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(session);
    layout->addWidget(m_fhir);

    connect(m_add, &QPushButton::clicked, this, &AdministrationPage::addUser);
    connect(m_toggle, &QPushButton::clicked, this, &AdministrationPage::toggleSelectedActive);
    connect(m_reset, &QPushButton::clicked, this, &AdministrationPage::resetSelectedPassword);
    connect(m_applyIdle, &QPushButton::clicked, this, &AdministrationPage::applyIdleLockMinutes);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AdministrationPage::updateButtons);
    refresh();
}

QString AdministrationPage::refusal() const
{
    return m_ws.require(Permission::ManageUsers).errorMessage();
}

void AdministrationPage::refresh()
{
    const QString refused = refusal();
    if (!refused.isEmpty()) {
        // Others never see the list of accounts, only why they cannot.
        m_model->setUsers({});
        m_refusal->showMessage(refused, MessageBar::Kind::Warning);
        m_messages->dismiss();
        m_table->setEnabled(false);
        m_add->setEnabled(false);
        m_idleMinutes->setEnabled(false);
        m_applyIdle->setEnabled(false);
        m_fhir->reload(false);
        updateButtons();
        return;
    }
    m_refusal->dismiss();
    m_table->setEnabled(true);
    m_add->setEnabled(true);
    m_idleMinutes->setEnabled(true);
    m_applyIdle->setEnabled(true);
    m_idleMinutes->setValue(SessionSettings(m_ws).idleLockMinutes());
    m_fhir->reload(true);
    const QString selected = selectedLogin();
    auto users = UserService(m_ws).list();
    if (!users) {
        m_messages->showError(tr("The users could not be read: %1").arg(users.errorMessage()));
        return;
    }
    m_model->setUsers(*users);
    select(selected);
    updateButtons();
}

void AdministrationPage::select(const QString& login)
{
    const int row = m_model->rowOf(login);
    if (row >= 0) {
        m_table->selectRow(row);
    }
    updateButtons();
}

QString AdministrationPage::selectedLogin() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->userAt(rows.first().row()).login;
}

void AdministrationPage::updateButtons()
{
    const bool allowed = refusal().isEmpty();
    const QString login = selectedLogin();
    const int row = m_model->rowOf(login);
    m_toggle->setEnabled(allowed && row >= 0);
    m_reset->setEnabled(allowed && row >= 0);
    m_toggle->setText(row >= 0 && !m_model->userAt(row).active ? tr("&Enable") : tr("&Disable"));
}

void AdministrationPage::addUser()
{
    auto* dialog = new AddUserDialog(m_ws, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        refresh();
        select(dialog->createdLogin());
        m_messages->showSuccess(tr("User %1 added.").arg(dialog->createdLogin()));
    });
    dialog->open();
}

void AdministrationPage::toggleSelectedActive()
{
    const QString login = selectedLogin();
    const int row = m_model->rowOf(login);
    if (row < 0) {
        return;
    }
    const bool enable = !m_model->userAt(row).active;
    const auto& me = m_ws.currentUser();
    if (!enable && me && me->login == login) {
        m_messages->showError(tr("You cannot disable your own account while you are using it."));
        return;
    }
    if (auto st = UserService(m_ws).setActive(login, enable); !st) {
        m_messages->showError(st.errorMessage());
        return;
    }
    refresh();
    m_messages->showSuccess(enable ? tr("%1 can log in again.").arg(login)
                                   : tr("%1 can no longer log in.").arg(login));
}

void AdministrationPage::resetSelectedPassword()
{
    const QString login = selectedLogin();
    if (login.isEmpty()) {
        return;
    }
    auto* dialog = new PasswordDialog(m_ws, PasswordDialog::Mode::Reset, login, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, login] { m_messages->showSuccess(tr("The password of %1 was reset.").arg(login)); });
    dialog->open();
}

void AdministrationPage::applyIdleLockMinutes()
{
    const int minutes = m_idleMinutes->value();
    if (auto st = SessionSettings(m_ws).setIdleLockMinutes(minutes); !st) {
        m_messages->showError(st.errorMessage());
        return;
    }
    m_messages->showSuccess(tr("The screen now locks after %1 minutes without input.").arg(minutes));
    emit idleLockMinutesChanged(minutes);
}

} // namespace wp::gui
