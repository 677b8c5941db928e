#include "PrescribeDialog.h"

#include "common/PatientIdentityBand.h"
#include "ward/WardBoardService.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wp::gui {

namespace {

using medication::PrescribingFinding;

QString routeLabel(const QString& code)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("oral"), QT_TRANSLATE_NOOP("wp::gui::PrescribeDialog", "Oral")},
        {QStringLiteral("iv"), QT_TRANSLATE_NOOP("wp::gui::PrescribeDialog", "Intravenous")},
        {QStringLiteral("im"), QT_TRANSLATE_NOOP("wp::gui::PrescribeDialog", "Intramuscular")},
        {QStringLiteral("sc"), QT_TRANSLATE_NOOP("wp::gui::PrescribeDialog", "Subcutaneous")},
        {QStringLiteral("sublingual"), QT_TRANSLATE_NOOP("wp::gui::PrescribeDialog", "Sublingual")},
        {QStringLiteral("inhaled"), QT_TRANSLATE_NOOP("wp::gui::PrescribeDialog", "Inhaled")},
        {QStringLiteral("rectal"), QT_TRANSLATE_NOOP("wp::gui::PrescribeDialog", "Rectal")},
        {QStringLiteral("topical"), QT_TRANSLATE_NOOP("wp::gui::PrescribeDialog", "Topical")},
        {QStringLiteral("enteral"), QT_TRANSLATE_NOOP("wp::gui::PrescribeDialog", "Enteral")}};
    const char* l = labels.value(code);
    return l ? PrescribeDialog::tr(l) : code;
}

const QStringList routeCodes{
    QStringLiteral("oral"),   QStringLiteral("iv"),         QStringLiteral("im"),
    QStringLiteral("sc"),     QStringLiteral("sublingual"), QStringLiteral("inhaled"),
    QStringLiteral("rectal"), QStringLiteral("topical"),    QStringLiteral("enteral")};

} // namespace

PrescribeDialog::PrescribeDialog(Workspace& ws, FormEntryService& entries,
                                 const medication::Formulary& formulary, const QString& patientId,
                                 QWidget* parent)
    : QDialog(parent), m_ws(ws), m_formulary(formulary), m_service(ws, entries, formulary),
      m_patientId(patientId)
{
    setObjectName(QStringLiteral("prescribeDialog"));
    setWindowTitle(tr("New prescription line"));
    auto* layout = new QVBoxLayout(this);
    m_band = new PatientIdentityBand(ws, patientId, this);
    layout->addWidget(m_band);

    // The drug: search as you type, the list, and the look-alikes beside it.
    auto* drugBox = new QGroupBox(tr("Drug from the formulary"), this);
    auto* drugLayout = new QVBoxLayout(drugBox);
    m_search = new QLineEdit(drugBox);
    m_search->setObjectName(QStringLiteral("drugSearch"));
    m_search->setPlaceholderText(tr("Type a few letters of the name, brand or code…"));
    m_search->setClearButtonEnabled(true);
    drugLayout->addWidget(m_search);
    auto* lists = new QHBoxLayout;
    m_results = new QListWidget(drugBox);
    m_results->setObjectName(QStringLiteral("drugResults"));
    m_results->setMinimumHeight(140);
    auto* alikeColumn = new QVBoxLayout;
    auto* alikeTitle = new QLabel(tr("Looks or sounds alike — check it is not one of these:"), drugBox);
    alikeTitle->setWordWrap(true);
    m_lookAlikes = new QListWidget(drugBox);
    m_lookAlikes->setObjectName(QStringLiteral("lookAlikes"));
    m_lookAlikes->setSelectionMode(QAbstractItemView::NoSelection);
    m_lookAlikes->setStyleSheet(QStringLiteral("QListWidget { background: #fff8e1; }"));
    alikeColumn->addWidget(alikeTitle);
    alikeColumn->addWidget(m_lookAlikes, 1);
    lists->addWidget(m_results, 3);
    lists->addLayout(alikeColumn, 2);
    drugLayout->addLayout(lists);
    m_chosen = new QLabel(tr("No drug chosen."), drugBox);
    m_chosen->setObjectName(QStringLiteral("chosenDrug"));
    QFont bold = m_chosen->font();
    bold.setBold(true);
    m_chosen->setFont(bold);
    m_chosen->setWordWrap(true);
    drugLayout->addWidget(m_chosen);
    layout->addWidget(drugBox, 1);

    // The line.
    auto* lineBox = new QGroupBox(tr("Dose and schedule"), this);
    auto* form = new QFormLayout(lineBox);
    auto* doseRow = new QHBoxLayout;
    m_dose = new QDoubleSpinBox(lineBox);
    m_dose->setObjectName(QStringLiteral("prescribeDose"));
    m_dose->setDecimals(3);
    m_dose->setRange(0, 100000);
    m_unit = new QComboBox(lineBox);
    m_unit->setObjectName(QStringLiteral("prescribeUnit"));
    const QList<QPair<QString, QString>> units{
        {QStringLiteral("mg"), tr("mg")},        {QStringLiteral("g"), tr("g")},
        {QStringLiteral("ug"), tr("µg")},        {QStringLiteral("ml"), tr("mL")},
        {QStringLiteral("iu"), tr("IU")},        {QStringLiteral("tablet"), tr("tablet(s)")},
        {QStringLiteral("drop"), tr("drop(s)")}, {QStringLiteral("puff"), tr("puff(s)")}};
    for (const auto& [code, label] : units) {
        m_unit->addItem(label, code);
    }
    doseRow->addWidget(m_dose);
    doseRow->addWidget(m_unit);
    form->addRow(tr("Dose:"), doseRow);
    m_route = new QComboBox(lineBox);
    m_route->setObjectName(QStringLiteral("prescribeRoute"));
    for (const QString& r : routeCodes) {
        m_route->addItem(routeLabel(r), r);
    }
    form->addRow(tr("Route:"), m_route);
    m_scheduleType = new QComboBox(lineBox);
    m_scheduleType->setObjectName(QStringLiteral("prescribeSchedule"));
    m_scheduleType->addItem(tr("At set times"), QStringLiteral("scheduled"));
    m_scheduleType->addItem(tr("If needed"), QStringLiteral("as_needed"));
    form->addRow(tr("When:"), m_scheduleType);
    m_times = new QLineEdit(QStringLiteral("08:00"), lineBox);
    m_times->setObjectName(QStringLiteral("prescribeTimes"));
    form->addRow(tr("Times of day:"), m_times);
    m_indication = new QLineEdit(lineBox);
    m_indication->setObjectName(QStringLiteral("prescribeIndication"));
    m_indication->setPlaceholderText(tr("e.g. pain above 3/10"));
    form->addRow(tr("If needed, when:"), m_indication);
    m_maxDoses = new QSpinBox(lineBox);
    m_maxDoses->setObjectName(QStringLiteral("prescribeMaxDoses"));
    m_maxDoses->setRange(0, 48);
    m_maxDoses->setSpecialValueText(tr("not set"));
    form->addRow(tr("At most, per 24 h:"), m_maxDoses);
    m_interval = new QSpinBox(lineBox);
    m_interval->setRange(0, 168);
    m_interval->setSuffix(tr(" h"));
    m_interval->setSpecialValueText(tr("not set"));
    form->addRow(tr("Minimum interval:"), m_interval);
    m_start = new QDateTimeEdit(ws.clock().now().toLocalTime(), lineBox);
    m_start->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    form->addRow(tr("Start:"), m_start);
    m_days = new QSpinBox(lineBox);
    m_days->setRange(0, 365);
    m_days->setSuffix(tr(" day(s)"));
    m_days->setSpecialValueText(tr("until stopped"));
    form->addRow(tr("Duration:"), m_days);
    m_comment = new QLineEdit(lineBox);
    form->addRow(tr("Comment:"), m_comment);
    layout->addWidget(lineBox);

    // The checks, inline, and the override.
    m_findings = new QLabel(this);
    m_findings->setObjectName(QStringLiteral("prescribingFindings"));
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::RichText);
    layout->addWidget(m_findings);
    m_override = new QLineEdit(this);
    m_override->setObjectName(QStringLiteral("overrideReason"));
    m_override->setPlaceholderText(tr("To prescribe despite the checks above, give your reason"));
    layout->addWidget(m_override);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("prescribeMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Prescribe"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("prescribeButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ok, &QPushButton::clicked, this, [this] {
        if (prescribe()) {
            accept();
        }
    });

    connect(m_search, &QLineEdit::textChanged, this, &PrescribeDialog::searchChanged);
    connect(m_results, &QListWidget::currentRowChanged, this,
            [this](int row) { showLookAlikes(row >= 0 && row < m_shown.size() ? m_shown[row] : nullptr); });
    connect(m_results, &QListWidget::itemActivated, this, [this] { choose(); });
    connect(m_results, &QListWidget::itemClicked, this, [this] { choose(); });
    connect(m_dose, &QDoubleSpinBox::valueChanged, this, &PrescribeDialog::recheck);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &PrescribeDialog::recheck);
    connect(m_route, &QComboBox::currentIndexChanged, this, &PrescribeDialog::recheck);
    connect(m_scheduleType, &QComboBox::currentIndexChanged, this, &PrescribeDialog::recheck);
    connect(m_times, &QLineEdit::textChanged, this, &PrescribeDialog::recheck);
    connect(m_maxDoses, &QSpinBox::valueChanged, this, &PrescribeDialog::recheck);
    connect(m_interval, &QSpinBox::valueChanged, this, &PrescribeDialog::recheck);
    connect(m_override, &QLineEdit::textChanged, this, &PrescribeDialog::recheck);

    // What the checks need about the patient is read once: each keystroke then only computes.
    if (auto facts = m_service.facts(patientId)) {
        m_facts = *facts;
    } else {
        m_message->setText(facts.errorMessage());
    }
    recheck();
    m_search->setFocus(Qt::OtherFocusReason);
    resize(820, 760);
}

QString PrescribeDialog::message() const
{
    return m_message->text();
}

void PrescribeDialog::searchChanged(const QString& text)
{
    // Thirty names fill the list's height; more letters narrow it. One repaint per keystroke.
    m_shown = m_formulary.search(text, 30);
    m_results->setUpdatesEnabled(false);
    m_results->clear();
    for (const auto* d : m_shown) {
        auto* item = new QListWidgetItem(
            d->highRisk ? tr("%1 — HIGH RISK").arg(d->displayName()) : d->displayName(), m_results);
        if (d->highRisk) {
            item->setForeground(QColor(QStringLiteral("#b71c1c")));
        }
    }
    if (!m_shown.isEmpty()) {
        m_results->setCurrentRow(0);
    } else {
        showLookAlikes(nullptr);
    }
    m_results->setUpdatesEnabled(true);
}

void PrescribeDialog::showLookAlikes(const medication::FormularyDrug* drug)
{
    m_lookAlikes->setUpdatesEnabled(false);
    m_lookAlikes->clear();
    if (drug) {
        const auto stocked = m_formulary.lookAlikesOf(*drug);
        for (const auto* other : stocked) {
            m_lookAlikes->addItem(other->displayName());
        }
        // A look-alike name the formulary does not stock is still worth a glance.
        for (const QString& name : drug->lookAlikes) {
            bool listed = false;
            for (const auto* other : stocked) {
                listed = listed ||
                         medication::Formulary::fold(other->inn) == medication::Formulary::fold(name) ||
                         other->code == name;
            }
            if (!listed) {
                m_lookAlikes->addItem(name);
            }
        }
    }
    m_lookAlikes->setUpdatesEnabled(true);
}

void PrescribeDialog::choose(int row)
{
    if (row < 0) {
        row = m_results->currentRow();
    }
    if (row < 0 || row >= m_shown.size()) {
        return;
    }
    m_drug = m_shown[row];
    showLookAlikes(m_drug);
    m_chosen->setText(m_drug->highRisk
                          ? tr("%1 — high-risk: a second nurse checks each dose.").arg(m_drug->displayName())
                          : m_drug->displayName());
    // Propose the formulary's usual dose, unit and first route: the doctor changes what differs.
    if (m_drug->usualPerDose) {
        m_dose->setValue(*m_drug->usualPerDose);
    }
    if (const int u = m_unit->findData(m_drug->doseUnit); u >= 0) {
        m_unit->setCurrentIndex(u);
    }
    if (!m_drug->routes.isEmpty()) {
        if (const int r = m_route->findData(m_drug->routes.first()); r >= 0) {
            m_route->setCurrentIndex(r);
        }
    }
    recheck();
}

QJsonObject PrescribeDialog::values() const
{
    const bool asNeeded = m_scheduleType->currentData().toString() == QLatin1String("as_needed");
    QJsonObject v{{QStringLiteral("formulary_code"), m_drug ? m_drug->code : QString()},
                  {QStringLiteral("dose"), m_dose->value()},
                  {QStringLiteral("dose_unit"), m_unit->currentData().toString()},
                  {QStringLiteral("route"), m_route->currentData().toString()},
                  {QStringLiteral("schedule_type"), m_scheduleType->currentData().toString()},
                  {QStringLiteral("start"), WardBoardService::formDateTimeText(m_start->dateTime())}};
    if (asNeeded) {
        v.insert(QStringLiteral("indication"), m_indication->text().trimmed());
        if (m_maxDoses->value() > 0) {
            v.insert(QStringLiteral("max_daily_doses"), m_maxDoses->value());
        }
        if (m_interval->value() > 0) {
            v.insert(QStringLiteral("minimum_interval"), m_interval->value());
        }
    } else {
        v.insert(QStringLiteral("times"), m_times->text().trimmed());
    }
    if (m_days->value() > 0) {
        v.insert(QStringLiteral("end"),
                 WardBoardService::formDateTimeText(m_start->dateTime().addDays(m_days->value())));
    }
    if (!m_comment->text().trimmed().isEmpty()) {
        v.insert(QStringLiteral("comment"), m_comment->text().trimmed());
    }
    return v;
}

void PrescribeDialog::recheck()
{
    const bool asNeeded = m_scheduleType->currentData().toString() == QLatin1String("as_needed");
    m_times->setEnabled(!asNeeded);
    m_indication->setEnabled(asNeeded);
    m_maxDoses->setEnabled(asNeeded);
    m_interval->setEnabled(asNeeded);
    m_current.clear();
    if (!m_drug) {
        m_findings->setText(tr("Choose a drug: the checks run as soon as it is chosen."));
        m_findings->setStyleSheet({});
        m_override->setEnabled(false);
        m_ok->setEnabled(false);
        return;
    }
    if (!m_facts) {
        // Checks without the patient's allergies and weight would say "no problem" falsely.
        m_findings->setText(tr("The checks cannot run: %1").arg(m_message->text().toHtmlEscaped()));
        m_override->setEnabled(false);
        m_ok->setEnabled(false);
        return;
    }
    m_current = medication::PrescribingChecks::run(
        m_formulary, medication::ProposedLine::fromValues(values()), *m_facts, m_ws.clock().now());
    QStringList blocking;
    QStringList notes;
    for (const auto& f : m_current) {
        (f.needsOverride ? blocking : notes) << f.message.toHtmlEscaped();
    }
    QString html;
    if (!blocking.isEmpty()) {
        html += QStringLiteral(
                    "<p style=\"color:#b71c1c\"><b>%1</b></p><ul style=\"color:#b71c1c\"><li>%2</li></ul>")
                    .arg(tr("Check before prescribing:"), blocking.join(QStringLiteral("</li><li>")));
    } else {
        html += QStringLiteral("<p style=\"color:#1b5e20\">%1</p>")
                    .arg(tr("No allergy, dose, duplicate or route problem found."));
    }
    for (const QString& n : notes) {
        html += QStringLiteral("<p style=\"color:#8a4b00\">%1</p>").arg(n);
    }
    m_findings->setText(html);
    m_override->setEnabled(!blocking.isEmpty());
    m_ok->setEnabled(blocking.isEmpty() || !m_override->text().trimmed().isEmpty());
    m_ok->setText(blocking.isEmpty() ? tr("&Prescribe") : tr("&Prescribe despite the checks"));
}

bool PrescribeDialog::prescribe()
{
    if (!m_drug) {
        m_message->setText(tr("Choose a drug of the formulary first."));
        return false;
    }
    auto written =
        m_service.prescribe(m_patientId, values(), m_override->isEnabled() ? m_override->text() : QString());
    if (!written) {
        m_message->setText(written.errorMessage());
        return false;
    }
    m_message->clear();
    return true;
}

} // namespace wp::gui
