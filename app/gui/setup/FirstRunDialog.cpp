#include "FirstRunDialog.h"

#include "common/HeaderBanner.h"
#include "site/SiteService.h"
#include "workspace/Workspace.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wp::gui {

namespace {

enum WardColumn { CodeColumn, NameColumn, BedsColumn, ColumnCount };

constexpr int maxBedsByNumber = 500;

QString cellText(const QTableWidget* table, int row, int column)
{
    const auto* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

FirstRunDialog::FirstRunDialog(Workspace& ws, QWidget* parent) : QDialog(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("WhitePlan — First run"));

    auto* banner = new HeaderBanner(
        tr("Set up WhitePlan on this laptop"),
        tr("Done once per laptop. Everything stays on this computer; nothing is sent over a network."), this);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addWidget(buildHospitalBox(), 3);
    auto* right = new QVBoxLayout;
    right->setSpacing(16);
    right->addWidget(buildLaptopBox());
    right->addWidget(buildAdminBox());
    right->addStretch();
    columns->addLayout(right, 2);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("setupProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #8a4b00;"));

    m_demo = new QPushButton(tr("Create the &demo hospital"), this);
    m_demo->setObjectName(QStringLiteral("setupDemoButton"));
    m_demo->setToolTip(tr("Fills this laptop with a fictitious hospital, its patients and users, "
                          "to try WhitePlan out."));
    m_demo->setAutoDefault(false);
    m_demo->hide();
    auto* cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("setupCancelButton"));
    cancel->setAutoDefault(false);
    m_ok = new QPushButton(tr("&Set up"), this);
    m_ok->setObjectName(QStringLiteral("setupOkButton"));
    m_ok->setDefault(true);
    m_ok->setMinimumWidth(120);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_demo);
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_ok);

    auto* body = new QVBoxLayout;
    body->setContentsMargins(20, 16, 20, 16);
    body->setSpacing(12);
    body->addLayout(columns, 1);
    body->addWidget(m_problem);
    body->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(banner);
    layout->addLayout(body, 1);

    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ok, &QPushButton::clicked, this, &FirstRunDialog::accept);
    connect(m_demo, &QPushButton::clicked, this, &FirstRunDialog::createDemo);
    for (auto* edit :
         {m_hospital, m_hospitalId, m_deviceCode, m_adminLogin, m_adminName, m_password, m_confirm}) {
        connect(edit, &QLineEdit::textChanged, this, &FirstRunDialog::revalidate);
    }
    for (auto* spin : {m_rangeFirst, m_rangeLast}) {
        connect(spin, &QSpinBox::valueChanged, this, &FirstRunDialog::revalidate);
    }
    connect(m_wards, &QTableWidget::itemChanged, this, &FirstRunDialog::revalidate);

    resize(960, 600);
    revalidate();
}

QWidget* FirstRunDialog::buildHospitalBox()
{
    auto* box = new QGroupBox(tr("Hospital"), this);
    m_hospital = new QLineEdit(box);
    m_hospital->setObjectName(QStringLiteral("setupHospital"));
    m_hospital->setPlaceholderText(tr("for example Centre hospitalier de Valence"));
    m_hospitalId = new QLineEdit(box);
    m_hospitalId->setObjectName(QStringLiteral("setupHospitalId"));
    m_hospitalId->setPlaceholderText(tr("empty on the hospital's first laptop"));
    m_hospitalId->setToolTip(
        tr("On the hospital's other laptops, the id the first laptop shows (Administration "
           "page): laptops exchange bundles only within one hospital."));

    m_wards = new QTableWidget(0, ColumnCount, box);
    m_wards->setObjectName(QStringLiteral("setupWards"));
    m_wards->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Beds")});
    m_wards->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_wards->horizontalHeader()->setSectionResizeMode(BedsColumn, QHeaderView::Stretch);
    m_wards->verticalHeader()->hide();
    m_wards->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_wards->setColumnWidth(CodeColumn, 80);

    auto* add = new QPushButton(tr("&Add ward"), box);
    add->setObjectName(QStringLiteral("setupAddWard"));
    add->setAutoDefault(false);
    auto* remove = new QPushButton(tr("&Remove ward"), box);
    remove->setObjectName(QStringLiteral("setupRemoveWard"));
    remove->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, &FirstRunDialog::addWard);
    connect(remove, &QPushButton::clicked, this, &FirstRunDialog::removeSelectedWard);

    auto* wardHelp = new QLabel(tr("Beds: a number (12 means beds 1 to 12) or labels separated by "
                                   "commas (A1, A2, Box 3). Wards can also be added later."),
                                box);
    wardHelp->setWordWrap(true);
    wardHelp->setStyleSheet(QStringLiteral("color: #5f6b7a;"));

    auto* wardButtons = new QHBoxLayout;
    wardButtons->addWidget(add);
    wardButtons->addWidget(remove);
    wardButtons->addStretch();

    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_hospital);
    form->addRow(tr("&Hospital id"), m_hospitalId);

    auto* layout = new QVBoxLayout(box);
    layout->setSpacing(8);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Wards"), box));
    layout->addWidget(m_wards, 1);
    layout->addLayout(wardButtons);
    layout->addWidget(wardHelp);
    return box;
}

QWidget* FirstRunDialog::buildLaptopBox()
{
    auto* box = new QGroupBox(tr("This laptop"), this);
    m_deviceCode = new QLineEdit(box);
    m_deviceCode->setObjectName(QStringLiteral("setupDeviceCode"));
    m_deviceCode->setPlaceholderText(tr("for example URG1"));
    m_deviceCode->setMaxLength(6);
    m_deviceCode->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9]{0,6}")), m_deviceCode));
    // Codes are capitals only; typing in lower case is accepted and shown in capitals.
    connect(m_deviceCode, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (text != text.toUpper()) {
            const int cursor = m_deviceCode->cursorPosition();
            m_deviceCode->setText(text.toUpper());
            m_deviceCode->setCursorPosition(cursor);
        }
    });
    auto* codeHelp = new QLabel(tr("2 to 6 capital letters or digits. Each laptop of the hospital needs a "
                                   "different code: downtime numbers include it, so two laptops can never "
                                   "give the same number."),
                                box);
    codeHelp->setWordWrap(true);
    codeHelp->setStyleSheet(QStringLiteral("color: #5f6b7a;"));

    m_rangeFirst = new QSpinBox(box);
    m_rangeFirst->setObjectName(QStringLiteral("setupRangeFirst"));
    m_rangeLast = new QSpinBox(box);
    m_rangeLast->setObjectName(QStringLiteral("setupRangeLast"));
    for (auto* spin : {m_rangeFirst, m_rangeLast}) {
        spin->setRange(1, 999999);
        spin->setGroupSeparatorShown(false);
    }
    m_rangeFirst->setValue(1);
    m_rangeLast->setValue(999999);
    auto* range = new QHBoxLayout;
    range->addWidget(m_rangeFirst);
    range->addWidget(new QLabel(tr("to"), box));
    range->addWidget(m_rangeLast);

    auto* form = new QFormLayout(box);
    form->addRow(tr("Laptop &code"), m_deviceCode);
    form->addRow(QString(), codeHelp);
    form->addRow(tr("Downtime numbers"), range);
    return box;
}

QWidget* FirstRunDialog::buildAdminBox()
{
    auto* box = new QGroupBox(tr("First administrator"), this);
    m_adminLogin = new QLineEdit(box);
    m_adminLogin->setObjectName(QStringLiteral("setupAdminLogin"));
    m_adminName = new QLineEdit(box);
    m_adminName->setObjectName(QStringLiteral("setupAdminName"));
    m_password = new QLineEdit(box);
    m_password->setObjectName(QStringLiteral("setupPassword"));
    m_confirm = new QLineEdit(box);
    m_confirm->setObjectName(QStringLiteral("setupPasswordConfirm"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);

    auto* form = new QFormLayout(box);
    form->addRow(tr("&User name"), m_adminLogin);
    form->addRow(tr("&Full name"), m_adminName);
    form->addRow(tr("&Password"), m_password);
    form->addRow(tr("Conf&irm"), m_confirm);
    return box;
}

QStringList FirstRunDialog::parseBeds(const QString& text)
{
    bool isNumber = false;
    const int count = text.trimmed().toInt(&isNumber);
    QStringList beds;
    if (isNumber && count > 0 && count <= maxBedsByNumber) {
        for (int i = 1; i <= count; ++i) {
            beds << QString::number(i);
        }
        return beds;
    }
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty()) {
            beds << part.trimmed();
        }
    }
    return beds;
}

SiteSetup FirstRunDialog::setup() const
{
    SiteSetup s;
    s.hospital = m_hospital->text().trimmed();
    s.hospitalId = m_hospitalId->text().trimmed();
    for (int row = 0; row < m_wards->rowCount(); ++row) {
        WardSetup w{cellText(m_wards, row, CodeColumn), cellText(m_wards, row, NameColumn),
                    parseBeds(cellText(m_wards, row, BedsColumn))};
        if (w.code.isEmpty() && w.name.isEmpty() && w.beds.isEmpty()) {
            continue;
        }
        s.wards << w;
    }
    s.deviceCode = m_deviceCode->text().trimmed();
    s.rangeFirst = m_rangeFirst->value();
    s.rangeLast = m_rangeLast->value();
    s.adminLogin = m_adminLogin->text().trimmed();
    s.adminName = m_adminName->text().trimmed();
    s.adminPassword = m_password->text();
    return s;
}

QString FirstRunDialog::problem() const
{
    if (QString p = SiteService::validate(setup()); !p.isEmpty()) {
        return p;
    }
    if (m_password->text() != m_confirm->text()) {
        return tr("The two passwords differ.");
    }
    return {};
}

void FirstRunDialog::revalidate()
{
    const QString p = problem();
    m_problem->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_problem->setText(p.isEmpty() ? QString() : tr("To finish: %1").arg(p));
    m_ok->setEnabled(p.isEmpty());
}

void FirstRunDialog::addWard()
{
    const int row = m_wards->rowCount();
    m_wards->insertRow(row);
    m_wards->setCurrentCell(row, CodeColumn);
    m_wards->editItem(m_wards->item(row, CodeColumn));
}

void FirstRunDialog::removeSelectedWard()
{
    const int row = m_wards->currentRow();
    if (row >= 0) {
        m_wards->removeRow(row);
        revalidate();
    }
}

void FirstRunDialog::accept()
{
    revalidate();
    if (!m_ok->isEnabled()) {
        return;
    }
    if (auto st = SiteService(m_ws).initialise(setup()); !st) {
        m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_problem->setText(st.errorMessage());
        return;
    }
    QDialog::accept();
}

void FirstRunDialog::setDemoFactory(DemoFactory factory)
{
    m_demoFactory = std::move(factory);
    m_demo->setVisible(static_cast<bool>(m_demoFactory));
}

void FirstRunDialog::createDemo()
{
    if (!m_demoFactory) {
        return;
    }
    if (auto st = m_demoFactory(m_ws); !st) {
        m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_problem->setText(st.errorMessage());
        return;
    }
    m_createdDemo = true;
    QDialog::accept();
}

} // namespace wp::gui
