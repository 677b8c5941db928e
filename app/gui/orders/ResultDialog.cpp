#include "ResultDialog.h"

#include "OrderTexts.h"
#include "Transaction.h"
#include "common/PatientIdentityBand.h"
#include "orders/OrderService.h"
#include "patients/PatientService.h"
#include "workspace/Workspace.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace wp::gui {

using namespace wp::orders;

struct ResultDialog::Row
{
    QString code;
    QString name;
    const LabTest* test = nullptr;
    const ImagingExam* exam = nullptr;
    QLineEdit* line = nullptr;
    QComboBox* combo = nullptr;
    QPlainTextEdit* report = nullptr;
    QLabel* range = nullptr;
    QLabel* flag = nullptr;
    QLabel* error = nullptr;
    QList<QWidget*> readBackRow;
    QLineEdit* readLine = nullptr;
    QComboBox* readCombo = nullptr;
    QCheckBox* readDone = nullptr;
    QLabel* readError = nullptr;
};

namespace {

QLabel* errorLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    label->hide();
    return label;
}

void setMessage(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

/// Digits, at most the test's decimals after a comma or a point, a minus sign only where a
/// negative value is possible: anything else is refused as it is typed.
QValidator* numberValidator(const LabTest& t, QObject* parent)
{
    QString pattern = QStringLiteral("\\d{0,6}");
    if (t.decimals > 0) {
        pattern += QStringLiteral("([.,]\\d{0,%1})?").arg(t.decimals);
    }
    if (!t.possibleLow || *t.possibleLow < 0) {
        pattern.prepend(QStringLiteral("-?"));
    }
    return new QRegularExpressionValidator(QRegularExpression(pattern), parent);
}

QComboBox* choiceBox(const LabTest& t, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->addItem(QStringLiteral("—"), QString());
    for (const auto& c : t.choices) {
        box->addItem(c, c);
    }
    return box;
}

} // namespace

ResultDialog::ResultDialog(Workspace& ws, const QString& orderIdOrNumber, QWidget* parent)
    : QDialog(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("resultDialog"));
    m_catalogue.reload(Catalogue::siteFolder(ws.dataDirectory()));
    auto* layout = new QVBoxLayout(this);
    auto order = OrderService(ws, m_catalogue).order(orderIdOrNumber);
    if (order) {
        m_order = *order;
        if (auto p = PatientService(ws).find(m_order.patientId)) {
            m_patient = *p;
        }
    }
    setWindowTitle(tr("Results of %1").arg(m_order.number));
    m_band = new PatientIdentityBand(ws, m_order.patientId, this);
    layout->addWidget(m_band);
    auto* summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("resultOrderSummary"));
    summary->setWordWrap(true);
    summary->setText(order ? tr("Order %1: %2 · %3 · ordered %4 by %5")
                                 .arg(m_order.number, OrderTexts::requested(m_catalogue, m_order),
                                      label(m_order.priority),
                                      m_order.orderedAt.toLocalTime().toString(QStringLiteral("dd/MM HH:mm")),
                                      m_order.orderedBy)
                           : order.errorMessage());
    layout->addWidget(summary);

    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    // Page 1: the values, as read on the paper report or heard on the phone.
    auto* values = new QWidget(m_pages);
    values->setObjectName(QStringLiteral("resultValuesPage"));
    auto* valuesLayout = new QVBoxLayout(values);
    valuesLayout->setContentsMargins(0, 0, 0, 0);
    auto* viaRow = new QHBoxLayout;
    viaRow->addWidget(new QLabel(tr("Received by:"), values));
    m_paper = new QRadioButton(tr("&Paper report"), values);
    m_paper->setObjectName(QStringLiteral("viaPaper"));
    m_phone = new QRadioButton(tr("P&hone call"), values);
    m_phone->setObjectName(QStringLiteral("viaPhone"));
    auto* via = new QButtonGroup(this);
    via->addButton(m_paper);
    via->addButton(m_phone);
    viaRow->addWidget(m_paper);
    viaRow->addWidget(m_phone);
    const bool lab = ws.currentUser() && ws.currentUser()->role == Role::Laboratory;
    if (lab) {
        m_lab = new QRadioButton(tr("Laborator&y (this laptop)"), values);
        m_lab->setObjectName(QStringLiteral("viaLab"));
        via->addButton(m_lab);
        viaRow->addWidget(m_lab);
        m_lab->setChecked(true);
    } else {
        m_paper->setChecked(true);
    }
    viaRow->addStretch(1);
    valuesLayout->addLayout(viaRow);
    auto* callerRow = new QHBoxLayout;
    auto* callerLabel = new QLabel(tr("Calle&r:"), values);
    m_caller = new QLineEdit(values);
    m_caller->setObjectName(QStringLiteral("resultCaller"));
    m_caller->setPlaceholderText(tr("name and function of who is phoning (Dr Leroy, biologist)"));
    callerLabel->setBuddy(m_caller);
    callerRow->addWidget(callerLabel);
    callerRow->addWidget(m_caller, 1);
    auto* timeLabel = new QLabel(tr("Result &time:"), values);
    m_resultedAt = new QDateTimeEdit(values);
    m_resultedAt->setObjectName(QStringLiteral("resultTime"));
    m_resultedAt->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    QDateTime now = ws.clock().now().toLocalTime();
    now.setTime(QTime(now.time().hour(), now.time().minute()));
    m_proposedTime = now;
    m_resultedAt->setDateTime(now);
    timeLabel->setBuddy(m_resultedAt);
    callerRow->addSpacing(12);
    callerRow->addWidget(timeLabel);
    callerRow->addWidget(m_resultedAt);
    valuesLayout->addLayout(callerRow);
    m_callerError = errorLabel(values, QStringLiteral("resultCallerError"));
    valuesLayout->addWidget(m_callerError);

    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    int line = 0;
    const auto header = [&](QGridLayout* g, const QStringList& texts) {
        for (int c = 0; c < texts.size(); ++c) {
            auto* h = new QLabel(QStringLiteral("<b>%1</b>").arg(texts[c].toHtmlEscaped()), values);
            g->addWidget(h, 0, c);
        }
    };
    if (m_order.type == OrderType::Laboratory) {
        header(grid, {tr("Test"), tr("Value"), tr("Unit"), tr("Reference range"), tr("Flag")});
        line = 1;
    }
    const auto sex = clinical::sexFromCode(m_patient.sex).value_or(clinical::Sex::Unknown);
    for (const auto& code : m_order.missingTests()) {
        auto* r = new Row;
        r->code = code;
        r->test = m_catalogue.test(code);
        r->exam = r->test ? nullptr : m_catalogue.exam(code);
        r->name = OrderTexts::name(m_catalogue, code);
        auto* name = new QLabel(r->name, values);
        name->setToolTip(code);
        grid->addWidget(name, line, 0);
        r->error = errorLabel(values, QStringLiteral("resultError_%1").arg(code));
        r->flag = new QLabel(values);
        r->flag->setObjectName(QStringLiteral("resultFlag_%1").arg(code));
        r->range = new QLabel(values);
        r->range->setObjectName(QStringLiteral("resultRange_%1").arg(code));
        QWidget* editor = nullptr;
        if (r->exam) {
            r->report = new QPlainTextEdit(values);
            r->report->setTabChangesFocus(true);
            r->report->setPlaceholderText(tr("the radiologist's report, as written or dictated"));
            editor = r->report;
            grid->addWidget(editor, line, 1, 1, 4);
            m_criticalFinding = new QCheckBox(tr("Critical &finding: it must reach a doctor now"), values);
            m_criticalFinding->setObjectName(QStringLiteral("resultCriticalFinding"));
            grid->addWidget(m_criticalFinding, ++line, 1, 1, 3);
            grid->addWidget(r->flag, line, 4);
            connect(r->report, &QPlainTextEdit::textChanged, this, [this, r] { updateFlag(*r); });
            connect(m_criticalFinding, &QCheckBox::toggled, this, [this, r] { updateFlag(*r); });
        } else if (r->test) {
            if (r->test->type == ValueType::Coded) {
                r->combo = choiceBox(*r->test, values);
                editor = r->combo;
                connect(r->combo, &QComboBox::currentIndexChanged, this, [this, r] { updateFlag(*r); });
            } else {
                r->line = new QLineEdit(values);
                if (r->test->type == ValueType::Numeric) {
                    r->line->setValidator(numberValidator(*r->test, r->line));
                    r->line->setAlignment(Qt::AlignRight);
                }
                editor = r->line;
                connect(r->line, &QLineEdit::textChanged, this, [this, r] { updateFlag(*r); });
            }
            grid->addWidget(editor, line, 1);
            grid->addWidget(new QLabel(r->test->unit, values), line, 2);
            if (r->test->type == ValueType::Numeric) {
                const QDate on = ws.clock().now().toLocalTime().date();
                if (auto range = m_catalogue.rangeFor(*r->test, sex, m_patient.birthDate, on)) {
                    r->range->setText(
                        OrderTexts::range(range->low, range->high, r->test->unit, r->test->decimals));
                }
                QStringList critical;
                if (r->test->criticalLow) {
                    critical << tr("below %1").arg(QLocale().toString(*r->test->criticalLow));
                }
                if (r->test->criticalHigh) {
                    critical << tr("above %1").arg(QLocale().toString(*r->test->criticalHigh));
                }
                if (!critical.isEmpty()) {
                    r->range->setToolTip(tr("Critical: %1").arg(critical.join(tr(" or "))));
                }
            } else if (r->test->type == ValueType::Coded && !r->test->criticalValues.isEmpty()) {
                r->range->setText(tr("critical: %1").arg(r->test->criticalValues.join(QStringLiteral(", "))));
            }
            grid->addWidget(r->range, line, 3);
            grid->addWidget(r->flag, line, 4);
        }
        if (editor) {
            editor->setObjectName(QStringLiteral("resultValue_%1").arg(code));
            name->setBuddy(editor);
        }
        grid->addWidget(r->error, ++line, 1, 1, 4);
        ++line;
        m_rows << r;
    }
    valuesLayout->addLayout(grid);
    if (m_rows.isEmpty()) {
        auto* none = new QLabel(order ? tr("Every result of this order is in.") : QString(), values);
        none->setObjectName(QStringLiteral("resultNothingMissing"));
        valuesLayout->addWidget(none);
    }
    valuesLayout->addStretch(1);
    m_error = errorLabel(values, QStringLiteral("resultErrorMessage"));
    if (!order) {
        setMessage(m_error, order.errorMessage());
    }
    valuesLayout->addWidget(m_error);
    m_pages->addWidget(values);

    // Page 2: the read-back, under the patient's identity in large type.
    auto* readBack = new QWidget(m_pages);
    readBack->setObjectName(QStringLiteral("resultReadBackPage"));
    auto* readLayout = new QVBoxLayout(readBack);
    readLayout->setContentsMargins(0, 0, 0, 0);
    m_identity = new QLabel(readBack);
    m_identity->setObjectName(QStringLiteral("readBackIdentity"));
    m_identity->setTextFormat(Qt::RichText);
    m_identity->setWordWrap(true);
    m_identity->setStyleSheet(
        QStringLiteral("background: #e3f2fd; color: #0d47a1; padding: 8px; border: 2px solid #0d47a1;"));
    m_identity->setText(QStringLiteral("<div style='font-size:20pt; font-weight:bold'>%1</div>"
                                       "<div style='font-size:16pt'>%2</div>")
                            .arg(m_patient.displayName().toHtmlEscaped(),
                                 tr("born %1 · downtime No. %2")
                                     .arg(m_patient.birthDate.toString(QStringLiteral("dd/MM/yyyy")),
                                          m_patient.downtimeNumber)
                                     .toHtmlEscaped()));
    readLayout->addWidget(m_identity);
    auto* instruction =
        new QLabel(tr("Read each value back to the caller and type it again as you read it. The values typed "
                      "before are hidden: the two must agree."),
                   readBack);
    instruction->setWordWrap(true);
    readLayout->addWidget(instruction);
    auto* readGrid = new QGridLayout;
    readGrid->setColumnStretch(1, 1);
    int readLine = 0;
    for (auto* r : m_rows) {
        auto* name = new QLabel(r->name, readBack);
        readGrid->addWidget(name, readLine, 0);
        r->readBackRow << name;
        QWidget* editor = nullptr;
        if (r->test && r->test->type == ValueType::Numeric) {
            r->readLine = new QLineEdit(readBack);
            r->readLine->setValidator(numberValidator(*r->test, r->readLine));
            r->readLine->setAlignment(Qt::AlignRight);
            editor = r->readLine;
            readGrid->addWidget(editor, readLine, 1);
            auto* unit = new QLabel(r->test->unit, readBack);
            readGrid->addWidget(unit, readLine, 2);
            r->readBackRow << unit;
        } else if (r->test && r->test->type == ValueType::Coded) {
            r->readCombo = choiceBox(*r->test, readBack);
            editor = r->readCombo;
            readGrid->addWidget(editor, readLine, 1);
        } else {
            // A report is not typed twice: the receiver reads it back and says the caller agreed.
            r->readDone = new QCheckBox(tr("I read it back to the caller, who agreed"), readBack);
            editor = r->readDone;
            readGrid->addWidget(editor, readLine, 1, 1, 2);
        }
        editor->setObjectName(QStringLiteral("readBack_%1").arg(r->code));
        name->setBuddy(editor);
        r->readBackRow << editor;
        r->readError = errorLabel(readBack, QStringLiteral("readBackError_%1").arg(r->code));
        readGrid->addWidget(r->readError, ++readLine, 1, 1, 2);
        ++readLine;
    }
    readLayout->addLayout(readGrid);
    m_identityConfirmed =
        new QCheckBox(tr("I c&onfirmed name, birth date and downtime number with the caller"), readBack);
    m_identityConfirmed->setObjectName(QStringLiteral("readBackIdentityConfirmed"));
    QFont bold = m_identityConfirmed->font();
    bold.setBold(true);
    m_identityConfirmed->setFont(bold);
    readLayout->addWidget(m_identityConfirmed);
    readLayout->addStretch(1);
    m_readBackError = errorLabel(readBack, QStringLiteral("readBackErrorMessage"));
    readLayout->addWidget(m_readBackError);
    m_pages->addWidget(readBack);

    auto* buttons = new QDialogButtonBox(this);
    m_back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    m_back->setObjectName(QStringLiteral("resultBackButton"));
    m_next = buttons->addButton(tr("&Next: read back…"), QDialogButtonBox::ActionRole);
    m_next->setObjectName(QStringLiteral("resultReadBackButton"));
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("resultSaveButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(m_back, &QPushButton::clicked, this, &ResultDialog::backToValues);
    connect(m_next, &QPushButton::clicked, this, &ResultDialog::toReadBack);
    connect(m_save, &QPushButton::clicked, this, &ResultDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(via, &QButtonGroup::buttonToggled, this, &ResultDialog::updateButtons);
    m_save->setEnabled(!m_rows.isEmpty());
    m_next->setEnabled(!m_rows.isEmpty());
    updateButtons();
    if (!m_rows.isEmpty()) {
        valueEditor(m_rows.first()->code)->setFocus(Qt::OtherFocusReason);
    }
    resize(760, 600);
}

ResultDialog::~ResultDialog()
{
    qDeleteAll(m_rows);
}

void ResultDialog::updateButtons()
{
    const bool phone = m_phone->isChecked();
    const bool reading = readingBack();
    m_caller->setEnabled(phone);
    m_back->setVisible(reading);
    m_next->setVisible(phone && !reading);
    m_save->setVisible(!phone || reading);
    (m_next->isVisible() ? m_next : m_save)->setDefault(true);
    (m_next->isVisible() ? m_save : m_next)->setDefault(false);
}

QStringList ResultDialog::tests() const
{
    QStringList out;
    for (const auto* r : m_rows) {
        out << r->code;
    }
    return out;
}

ResultDialog::Row* ResultDialog::row(const QString& test) const
{
    for (auto* r : m_rows) {
        if (r->code == test) {
            return r;
        }
    }
    return nullptr;
}

QWidget* ResultDialog::valueEditor(const QString& test) const
{
    const Row* r = row(test);
    if (!r) {
        return nullptr;
    }
    return r->line    ? static_cast<QWidget*>(r->line)
           : r->combo ? static_cast<QWidget*>(r->combo)
                      : static_cast<QWidget*>(r->report);
}

QWidget* ResultDialog::readBackEditor(const QString& test) const
{
    const Row* r = row(test);
    if (!r) {
        return nullptr;
    }
    return r->readLine    ? static_cast<QWidget*>(r->readLine)
           : r->readCombo ? static_cast<QWidget*>(r->readCombo)
                          : static_cast<QWidget*>(r->readDone);
}

QString ResultDialog::flagText(const QString& test) const
{
    const Row* r = row(test);
    return r ? r->flag->text() : QString();
}

QString ResultDialog::rangeText(const QString& test) const
{
    const Row* r = row(test);
    return r ? r->range->text() : QString();
}

QString ResultDialog::rowError(const QString& test) const
{
    const Row* r = row(test);
    if (!r) {
        return {};
    }
    const QLabel* label = readingBack() ? r->readError : r->error;
    return label->isHidden() ? QString() : label->text();
}

bool ResultDialog::readingBack() const
{
    return m_pages->currentIndex() == 1;
}

QString ResultDialog::readBackIdentity() const
{
    return m_identity->text();
}

QString ResultDialog::error() const
{
    const QLabel* label = readingBack() ? m_readBackError : m_error;
    return label->isHidden() ? QString() : label->text();
}

void ResultDialog::showError(const QString& text)
{
    setMessage(readingBack() ? m_readBackError : m_error, text);
}

QString ResultDialog::value(const Row& r) const
{
    if (r.line) {
        return r.line->text().trimmed();
    }
    if (r.combo) {
        return r.combo->currentData().toString();
    }
    return r.report ? r.report->toPlainText().trimmed() : QString();
}

QString ResultDialog::readBack(const Row& r) const
{
    if (r.readLine) {
        return r.readLine->text().trimmed();
    }
    if (r.readCombo) {
        return r.readCombo->currentData().toString();
    }
    return r.readDone && r.readDone->isChecked() ? value(r) : QString();
}

ResultEntry ResultDialog::entry(const Row& r, bool asPhoned) const
{
    ResultEntry e;
    e.order = m_order.recordId;
    e.test = r.code;
    e.value = value(r);
    e.via = m_lab && m_lab->isChecked() ? QStringLiteral("lab") : QStringLiteral("paper");
    // A time the user did not touch is "now" when saved, not the minute the dialog opened.
    if (m_resultedAt->dateTime() != m_proposedTime) {
        e.resultedAt = m_resultedAt->dateTime().toUTC();
    }
    if (r.exam && m_criticalFinding) {
        e.criticalFinding = m_criticalFinding->isChecked();
    }
    if (asPhoned) {
        e.via = QStringLiteral("phone");
        e.caller = m_caller->text().trimmed();
        e.readBack = readBack(r);
        e.identityConfirmed = m_identityConfirmed->isChecked();
    }
    return e;
}

void ResultDialog::updateFlag(Row& r)
{
    if (value(r).isEmpty()) {
        r.flag->clear();
        r.flag->setStyleSheet(QString());
        setMessage(r.error, QString());
        return;
    }
    auto checked = ResultService(m_ws, m_catalogue).check(entry(r, false));
    if (!checked) {
        r.flag->clear();
        r.flag->setStyleSheet(QString());
        setMessage(r.error, checked.errorMessage());
        return;
    }
    setMessage(r.error, QString());
    r.flag->setText(OrderTexts::flag(checked->flag));
    const QColor fg = OrderTexts::flagForeground(checked->flag);
    const QColor bg = OrderTexts::flagBackground(checked->flag);
    r.flag->setStyleSheet(
        QStringLiteral("font-weight: bold; padding: 1px 4px; color: %1; %2")
            .arg(fg.isValid() ? fg.name() : QStringLiteral("palette(text)"),
                 bg.isValid() ? QStringLiteral("background: %1;").arg(bg.name()) : QString()));
}

bool ResultDialog::checkValues()
{
    bool ok = true;
    bool any = false;
    ResultService results(m_ws, m_catalogue);
    for (auto* r : m_rows) {
        if (value(*r).isEmpty()) {
            setMessage(r->error, QString());
            continue;
        }
        any = true;
        auto checked = results.check(entry(*r, false));
        setMessage(r->error, checked ? QString() : checked.errorMessage());
        ok = ok && checked.ok();
    }
    if (!any) {
        setMessage(m_error, tr("Type at least one result."));
        return false;
    }
    setMessage(m_error, ok ? QString() : tr("Correct the values marked in red."));
    return ok;
}

bool ResultDialog::toReadBack()
{
    if (readingBack()) {
        return true;
    }
    const bool valuesOk = checkValues();
    const bool callerOk = !m_caller->text().trimmed().isEmpty();
    setMessage(m_callerError, callerOk ? QString() : tr("Who phoned the result? Type the caller's name."));
    if (!valuesOk || !callerOk) {
        (callerOk ? static_cast<QWidget*>(m_next) : m_caller)->setFocus(Qt::OtherFocusReason);
        return false;
    }
    QWidget* first = nullptr;
    for (auto* r : m_rows) {
        const bool filled = !value(*r).isEmpty();
        for (auto* w : r->readBackRow) {
            w->setVisible(filled);
        }
        setMessage(r->readError, QString());
        // What was typed before is never copied: the receiver types what they read back.
        if (r->readLine) {
            r->readLine->clear();
        }
        if (r->readCombo) {
            r->readCombo->setCurrentIndex(0);
        }
        if (r->readDone) {
            r->readDone->setChecked(false);
        }
        if (filled && !first) {
            first = readBackEditor(r->code);
        }
    }
    m_identityConfirmed->setChecked(false);
    m_pages->setCurrentIndex(1);
    setMessage(m_readBackError, QString());
    updateButtons();
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
    }
    return true;
}

void ResultDialog::backToValues()
{
    m_pages->setCurrentIndex(0);
    updateButtons();
}

bool ResultDialog::save()
{
    const bool phone = m_phone->isChecked();
    if (phone && !readingBack()) {
        return toReadBack();
    }
    if (!checkValues()) {
        backToValues();
        return false;
    }
    QList<Row*> filled;
    for (auto* r : m_rows) {
        if (!value(*r).isEmpty()) {
            filled << r;
        }
    }
    ResultService results(m_ws, m_catalogue);
    if (phone) {
        bool agreed = true;
        for (auto* r : filled) {
            ResultEntry e = entry(*r, true);
            e.identityConfirmed = true; // the identity is said once, below, not on every row
            auto checked = results.check(e);
            setMessage(r->readError, checked ? QString() : checked.errorMessage());
            agreed = agreed && checked.ok();
        }
        if (!agreed) {
            showError(tr("What was read back is not what was entered: nothing is saved. Check it with the "
                         "caller."));
            return false;
        }
        if (!m_identityConfirmed->isChecked()) {
            showError(tr("Confirm the patient's name, birth date and downtime number with the caller."));
            m_identityConfirmed->setFocus(Qt::OtherFocusReason);
            return false;
        }
    }
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        showError(tx.errorMessage());
        return false;
    }
    QList<LabResult> written;
    for (auto* r : filled) {
        auto done = results.enterInTransaction(entry(*r, phone));
        if (!done) {
            // The transaction is rolled back when it goes out of scope: nothing of the call is kept.
            setMessage(phone ? r->readError : r->error, done.errorMessage());
            showError(tr("Nothing was saved: %1").arg(done.errorMessage()));
            return false;
        }
        written << *done;
    }
    if (auto st = tx->commit(); !st) {
        showError(st.errorMessage());
        return false;
    }
    m_saved = written;
    accept();
    return true;
}

} // namespace wp::gui
