#include "IdentityForm.h"

#include "common/DateEdit.h"
#include "workspace/Workspace.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

#include <algorithm>

namespace wp::gui {

IdentityForm::IdentityForm(Workspace& ws, QWidget* parent) : QWidget(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("identityForm"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(2, 1);
    int row = 0;
    const auto addRow = [&](const QString& id, const QString& label, QWidget* editor) {
        auto* l = new QLabel(label, this);
        l->setBuddy(editor);
        editor->setObjectName(QStringLiteral("identity_%1").arg(id));
        grid->addWidget(l, row, 0);
        grid->addWidget(editor, row, 1);
        auto* message = new QLabel(this);
        message->setObjectName(QStringLiteral("identityMessage_%1").arg(id));
        message->setWordWrap(true);
        message->setMinimumWidth(260);
        grid->addWidget(message, row, 2);
        m_messages.insert(id, message);
        ++row;
    };
    m_birthName = new QLineEdit(this);
    addRow(QStringLiteral("birth_name"), tr("&Birth name *"), m_birthName);
    m_usedName = new QLineEdit(this);
    addRow(QStringLiteral("used_name"), tr("&Used name"), m_usedName);
    m_firstNames = new QLineEdit(this);
    m_firstNames->setToolTip(tr("All first names from the identity document, the usual one first."));
    addRow(QStringLiteral("first_names"), tr("&First names *"), m_firstNames);
    m_birthDate = new DateEdit(DateEdit::Mode::Date, this);
    // Most inpatients were born decades ago: the calendar starts there, not at 1900 or today.
    m_birthDate->setCalendarStart(ws.clock().now().toLocalTime().date().addYears(-60));
    addRow(QStringLiteral("birth_date"), tr("Birth &date *"), m_birthDate);
    auto* sexBox = new QWidget(this);
    auto* sexLayout = new QHBoxLayout(sexBox);
    sexLayout->setContentsMargins(0, 0, 0, 0);
    m_sex = new QButtonGroup(this);
    for (const auto& [code, text] :
         {std::pair{QStringLiteral("F"), tr("Female")}, std::pair{QStringLiteral("M"), tr("Male")},
          std::pair{QStringLiteral("U"), tr("Unknown")}}) {
        auto* b = new QRadioButton(text, sexBox);
        b->setObjectName(QStringLiteral("sex_%1").arg(code));
        b->setProperty("code", code);
        m_sex->addButton(b);
        sexLayout->addWidget(b);
    }
    sexLayout->addStretch(1);
    addRow(QStringLiteral("sex"), tr("Sex *"), sexBox);
    m_birthPlace = new QLineEdit(this);
    m_birthPlace->setToolTip(tr("INSEE code of the birth place (5 characters, 99xxx abroad)."));
    addRow(QStringLiteral("birth_place"), tr("Birth &place (INSEE)"), m_birthPlace);
    m_status = new QComboBox(this);
    for (auto s : {clinical::IdentityStatus::Provisional, clinical::IdentityStatus::Retrieved,
                   clinical::IdentityStatus::Validated, clinical::IdentityStatus::Qualified}) {
        m_status->addItem(clinical::label(s), clinical::code(s));
    }
    addRow(QStringLiteral("status"), tr("Identity s&tatus"), m_status);
    m_ipp = new QLineEdit(this);
    addRow(QStringLiteral("ipp"), tr("&IPP"), m_ipp);
    m_ins = new QLineEdit(this);
    m_ins->setToolTip(tr("INS-NIR: 15 characters, key included (2A/2B for Corsica)."));
    addRow(QStringLiteral("ins"), tr("I&NS (NIR)"), m_ins);

    const auto touched = [this](const QString& id) {
        return [this, id] {
            m_touched.insert(id);
            showIssues(false);
            emit edited();
        };
    };
    connect(m_birthName, &QLineEdit::textEdited, this, touched(QStringLiteral("birth_name")));
    connect(m_usedName, &QLineEdit::textEdited, this, touched(QStringLiteral("used_name")));
    connect(m_firstNames, &QLineEdit::textEdited, this, touched(QStringLiteral("first_names")));
    connect(m_birthDate, &DateEdit::edited, this, touched(QStringLiteral("birth_date")));
    connect(m_birthDate->lineEdit(), &QLineEdit::editingFinished, this, [this] { showIssues(false); });
    connect(m_sex, &QButtonGroup::buttonClicked, this, touched(QStringLiteral("sex")));
    connect(m_birthPlace, &QLineEdit::textEdited, this, touched(QStringLiteral("birth_place")));
    connect(m_status, &QComboBox::activated, this, touched(QStringLiteral("status")));
    connect(m_ipp, &QLineEdit::textEdited, this, touched(QStringLiteral("ipp")));
    connect(m_ins, &QLineEdit::textEdited, this, touched(QStringLiteral("ins")));
}

Patient IdentityForm::patient() const
{
    Patient p;
    p.birthName = m_birthName->text().trimmed();
    p.usedName = m_usedName->text().trimmed();
    p.firstNames = m_firstNames->text().simplified();
    p.birthDate = m_birthDate->date();
    p.sex = m_sex->checkedButton() ? m_sex->checkedButton()->property("code").toString() : QString();
    p.birthPlace = m_birthPlace->text().trimmed();
    p.identityStatus = m_status->currentData().toString();
    p.ipp = m_ipp->text().trimmed();
    p.ins = m_ins->text().trimmed();
    return p;
}

void IdentityForm::setPatient(const Patient& p)
{
    // Programmatic changes are not edits: the date edit would otherwise mark itself touched.
    const QSignalBlocker blockDate(m_birthDate);
    m_birthName->setText(p.birthName);
    m_usedName->setText(p.usedName);
    m_firstNames->setText(p.firstNames);
    m_birthDate->setDate(p.birthDate);
    for (auto* b : m_sex->buttons()) {
        b->setChecked(b->property("code").toString() == p.sex);
    }
    m_birthPlace->setText(p.birthPlace);
    m_status->setCurrentIndex(std::max(0, m_status->findData(p.identityStatus)));
    m_ipp->setText(p.ipp);
    m_ins->setText(p.ins);
    showIssues(false);
}

QString IdentityForm::messageFor(const QString& fieldId) const
{
    auto* m = m_messages.value(fieldId);
    return m ? m->text() : QString();
}

bool IdentityForm::showIssues(bool all, QStringList* general)
{
    auto issues = patient().identity().validate(m_ws.clock().now().toLocalTime().date());
    // A date being typed, or mistyped, is not a missing one: say what is wrong with the text.
    // Nothing is said while the date is still being typed ("0610" is not wrong yet).
    bool dateOk = true;
    if (const QString problem = m_birthDate->problem(); !problem.isEmpty()) {
        dateOk = false;
        issues.erase(std::remove_if(issues.begin(), issues.end(),
                                    [](const auto& i) { return i.field == QLatin1String("birth_date"); }),
                     issues.end());
        if (all || !m_birthDate->hasFocus()) {
            issues.append({QStringLiteral("birth_date"), problem, clinical::FieldIssue::Severity::Error});
        }
    }
    bool ok = dateOk;
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        QStringList texts;
        bool error = false;
        for (const auto& issue : issues) {
            if (issue.field == it.key()) {
                ok = ok && !issue.isError();
                if (all || m_touched.contains(it.key())) {
                    texts << issue.message;
                    error = error || issue.isError();
                }
            }
        }
        it.value()->setText(texts.join(QLatin1Char('\n')));
        it.value()->setStyleSheet(error ? QStringLiteral("color: #c62828;")
                                        : QStringLiteral("color: #b26a00;"));
    }
    for (const auto& issue : issues) {
        if (!m_messages.contains(issue.field)) {
            ok = ok && !issue.isError();
            if (all && general) {
                *general << issue.message;
            }
        }
    }
    // The sex is not a trait PatientIdentity can leave unset (it defaults to unknown): ask for it.
    if (!m_sex->checkedButton()) {
        ok = false;
        if (all || m_touched.contains(QStringLiteral("sex"))) {
            m_messages.value(QStringLiteral("sex"))->setText(tr("Choose F, M or unknown."));
            m_messages.value(QStringLiteral("sex"))->setStyleSheet(QStringLiteral("color: #c62828;"));
        }
    }
    return ok;
}

} // namespace wp::gui
