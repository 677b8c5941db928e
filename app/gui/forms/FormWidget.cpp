#include "FormWidget.h"

#include "FieldEditor.h"
#include "clinical/News2.h"
#include "clinical/forms/FormComputation.h"
#include "entries/FormEntryService.h"
#include "foundation/Clock.h"

#include <QDateTimeEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace wp::gui {

using clinical::FieldType;

namespace {

const auto errorColour = QStringLiteral("#c62828");
const auto warningColour = QStringLiteral("#b26a00");
const auto helpColour = QStringLiteral("#666666");

QString textColourOn(const QString& background)
{
    // Yellow and grey need dark text; green, orange and red read better in white.
    const QColor c(background);
    return c.lightness() > 150 ? QStringLiteral("#000000") : QStringLiteral("#ffffff");
}

} // namespace

FormWidget::FormWidget(const clinical::FormDefinition& form, FormEntryService& service, QString patientId,
                       Clock& clock, const QString& language, QWidget* parent)
    : QWidget(parent), m_form(form), m_service(service), m_patientId(std::move(patientId)), m_clock(clock),
      m_language(language)
{
    setObjectName(QStringLiteral("formWidget_%1").arg(form.id));
    // A field with a problem is framed in the colour of its message (see FieldEditor's state).
    setStyleSheet(QStringLiteral("wp--gui--FieldEditor[fieldState=\"error\"] { border: 2px solid %1; "
                                 "border-radius: 3px; }"
                                 "wp--gui--FieldEditor[fieldState=\"warning\"] { border: 2px solid %2; "
                                 "border-radius: 3px; }")
                      .arg(errorColour, warningColour));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* takenRow = new QHBoxLayout;
    auto* takenLabel = new QLabel(tr("Ta&ken at"), this);
    m_takenAt = new QDateTimeEdit(this);
    m_takenAt->setObjectName(QStringLiteral("takenAt"));
    m_takenAt->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_takenAt->setCalendarPopup(true);
    m_takenAt->setToolTip(
        tr("When it happened. It may be earlier than now; the time it is recorded is kept too."));
    takenLabel->setBuddy(m_takenAt);
    m_takenAtMessage = new QLabel(this);
    m_takenAtMessage->setObjectName(QStringLiteral("takenAtMessage"));
    takenRow->addWidget(takenLabel);
    takenRow->addWidget(m_takenAt);
    takenRow->addWidget(m_takenAtMessage, 1);
    layout->addLayout(takenRow);

    m_formMessage = new QLabel(this);
    m_formMessage->setObjectName(QStringLiteral("formMessage"));
    m_formMessage->setWordWrap(true);
    m_formMessage->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(errorColour));
    m_formMessage->hide();
    layout->addWidget(m_formMessage);

    // A short form (the observation chart) is seen whole, so that NEWS2 stays in view while
    // the vital signs are typed; a long one (admission) gets one tab per section.
    qsizetype fieldCount = 0;
    for (const auto& section : m_form.sections) {
        fieldCount += section.fields.size();
    }
    const bool asTabs = m_form.sections.size() > 4 || fieldCount > 16;
    if (asTabs) {
        m_tabs = new QTabWidget(this);
        m_tabs->setObjectName(QStringLiteral("formSections"));
        m_tabs->setDocumentMode(true);
        layout->addWidget(m_tabs, 1);
        for (const auto& section : m_form.sections) {
            auto* scroll = new QScrollArea;
            scroll->setWidgetResizable(true);
            // Never sideways: labels and messages wrap, button rows flow onto a second line.
            scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            scroll->setFrameShape(QFrame::NoFrame);
            QWidget* page = buildSection(section);
            scroll->setWidget(page);
            m_sectionPages << page;
            m_tabs->addTab(scroll, section.title.text(m_language));
        }
        connect(m_tabs, &QTabWidget::currentChanged, this, [this] { focusFirstField(); });
    } else {
        m_scroll = new QScrollArea(this);
        m_scroll->setObjectName(QStringLiteral("formSections"));
        m_scroll->setWidgetResizable(true);
        m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_scroll->setFrameShape(QFrame::NoFrame);
        auto* content = new QWidget;
        auto* column = new QVBoxLayout(content);
        column->setContentsMargins(0, 0, 0, 0);
        for (const auto& section : m_form.sections) {
            auto* box = new QGroupBox(section.title.text(m_language), content);
            auto* boxLayout = new QVBoxLayout(box);
            boxLayout->setContentsMargins(6, 4, 6, 4);
            boxLayout->addWidget(buildSection(section));
            column->addWidget(box);
            m_sectionPages << box;
        }
        column->addStretch(1);
        m_scroll->setWidget(content);
        layout->addWidget(m_scroll, 1);
    }

    connect(m_takenAt, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_loading) {
            refresh();
        }
    });

    auto* save = new QShortcut(QKeySequence::Save, this);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, &FormWidget::saveRequested);
    auto* next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, this, [this] { moveSection(1); });
    auto* previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    previous->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QShortcut::activated, this, [this] { moveSection(-1); });

    clear();
}

QWidget* FormWidget::buildSection(const clinical::FormSection& section)
{
    auto* page = new QWidget;
    auto* grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    // Label, then the editor with its message wrapped under it: a message is always in
    // view beside its field, whatever the width of the window.
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(4);
    grid->setHorizontalSpacing(12);
    const int labelWidth = fontMetrics().horizontalAdvance(QStringLiteral("M")) * 14;
    int row = 0;
    QWidget* previousFocus = nullptr;
    for (const auto& field : section.fields) {
        auto* label = new QLabel(
            field.label.text(m_language) + (field.required ? QStringLiteral(" *") : QString()), page);
        label->setObjectName(QStringLiteral("label_%1").arg(field.id));
        label->setWordWrap(true);
        label->setMinimumWidth(labelWidth);
        label->setMaximumWidth(labelWidth * 3 / 2);
        if (!field.help.isEmpty()) {
            label->setToolTip(field.help.text(m_language));
        }
        grid->addWidget(label, row, 0, Qt::AlignTop | Qt::AlignLeft);
        m_labels.insert(field.id, label);

        auto* message = new QLabel(page);
        message->setObjectName(QStringLiteral("message_%1").arg(field.id));
        message->setWordWrap(true);
        message->setTextFormat(Qt::PlainText);
        message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        message->hide();
        grid->addWidget(message, row + 1, 1);
        m_messages.insert(field.id, message);

        if (field.type == FieldType::Computed) {
            auto* value = new QLabel(page);
            value->setObjectName(QStringLiteral("computed_%1").arg(field.id));
            value->setTextFormat(Qt::PlainText);
            value->setMargin(4);
            value->setWordWrap(true);
            grid->addWidget(value, row, 1, Qt::AlignTop);
            m_computed.insert(field.id, value);
        } else {
            auto* editor = new FieldEditor(field, m_language, m_clock, page);
            editor->setObjectName(QStringLiteral("field_%1").arg(field.id));
            if (auto* input = editor->inputWidget()) {
                input->setObjectName(QStringLiteral("input_%1").arg(field.id));
                input->setAccessibleName(field.label.text(m_language));
                label->setBuddy(input);
            }
            grid->addWidget(editor, row, 1,
                            editor->isCompact() ? Qt::AlignTop | Qt::AlignLeft : Qt::AlignTop);
            m_editors.insert(field.id, editor);
            // Tab follows the paper form, field after field, whatever the layout does.
            for (QWidget* w : editor->focusChain()) {
                if (previousFocus) {
                    setTabOrder(previousFocus, w);
                }
                previousFocus = w;
            }
            const QString id = field.id;
            connect(editor, &FieldEditor::edited, this, [this, id] {
                if (m_loading) {
                    return;
                }
                m_touched.insert(id);
                refresh();
            });
        }
        row += 2;
        grid->setRowMinimumHeight(row - 1, 0);
    }
    grid->setRowStretch(row, 1);
    return page;
}

QJsonObject FormWidget::values() const
{
    QJsonObject v;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QJsonValue value = it.value()->value();
        if (!value.isNull() && !value.isUndefined()) {
            v.insert(it.key(), value);
        }
    }
    return v;
}

void FormWidget::setValues(const QJsonObject& values)
{
    m_loading = true;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        it.value()->setValue(values.value(it.key()));
    }
    m_loading = false;
    refresh();
}

void FormWidget::clear()
{
    m_loading = true;
    for (auto* editor : std::as_const(m_editors)) {
        editor->clear();
    }
    m_takenAt->setDateTime(m_clock.now().toLocalTime());
    m_loading = false;
    m_touched.clear();
    m_showAll = false;
    refresh();
}

QDateTime FormWidget::takenAt() const
{
    return m_takenAt->dateTime();
}

void FormWidget::setTakenAt(const QDateTime& t)
{
    m_takenAt->setDateTime(t.toLocalTime());
}

void FormWidget::setFieldReadOnly(const QString& fieldId, bool readOnly)
{
    if (auto* e = m_editors.value(fieldId)) {
        e->setReadOnly(readOnly);
    }
}

QWidget* FormWidget::editorFor(const QString& fieldId) const
{
    auto* e = m_editors.value(fieldId);
    return e ? e->inputWidget() : nullptr;
}

QString FormWidget::messageFor(const QString& fieldId) const
{
    auto* m = m_messages.value(fieldId);
    return m && m->property("isIssue").toBool() ? m->text() : QString();
}

QString FormWidget::computedText(const QString& fieldId) const
{
    auto* c = m_computed.value(fieldId);
    return c ? c->text() : QString();
}

int FormWidget::currentSection() const
{
    if (m_tabs) {
        return m_tabs->currentIndex();
    }
    // With every section on screen, the current one is where the keyboard is.
    if (QWidget* focus = focusWidget()) {
        for (int i = 0; i < m_sectionPages.size(); ++i) {
            if (m_sectionPages[i]->isAncestorOf(focus)) {
                return i;
            }
        }
    }
    return m_currentSection;
}

void FormWidget::setCurrentSection(int index)
{
    if (index < 0 || index >= m_sectionPages.size()) {
        return;
    }
    m_currentSection = index;
    if (m_tabs) {
        m_tabs->setCurrentIndex(index);
        if (auto* scroll = qobject_cast<QScrollArea*>(m_tabs->currentWidget())) {
            scroll->verticalScrollBar()->setValue(0);
        }
    } else {
        // The first section opens at the top of the form, not wherever the focus would pull it.
        if (index == 0) {
            m_scroll->verticalScrollBar()->setValue(0);
        } else {
            m_scroll->ensureWidgetVisible(m_sectionPages[index], 0, 0);
        }
        focusFirstField();
    }
}

void FormWidget::moveSection(int delta)
{
    const auto count = static_cast<int>(m_sectionPages.size());
    if (count > 1) {
        setCurrentSection((currentSection() + delta + count) % count);
    }
}

void FormWidget::focusFirstField()
{
    const int section = m_tabs ? m_tabs->currentIndex() : m_currentSection;
    if (section < 0 || section >= m_form.sections.size()) {
        return;
    }
    const QJsonObject current = values();
    for (const auto& field : m_form.sections[section].fields) {
        auto* editor = m_editors.value(field.id);
        if (editor && m_form.isVisible(field, current) && editor->inputWidget()) {
            editor->inputWidget()->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

bool FormWidget::checkBeforeSave()
{
    m_showAll = true;
    refresh();
    const QString first = firstErrorField();
    if (!m_validation.ok() || !first.isEmpty() || !m_formMessage->isHidden() ||
        m_takenAtMessage->property("isError").toBool()) {
        // Take the nurse to the first problem rather than leaving them to hunt for it.
        for (int s = 0; s < m_form.sections.size() && !first.isEmpty(); ++s) {
            for (const auto& field : m_form.sections[s].fields) {
                if (field.id != first) {
                    continue;
                }
                setCurrentSection(s);
                if (auto* w = editorFor(field.id)) {
                    w->setFocus(Qt::OtherFocusReason);
                    if (m_scroll) {
                        m_scroll->ensureWidgetVisible(m_editors.value(field.id));
                        m_scroll->ensureWidgetVisible(m_messages.value(field.id));
                    } else if (auto* scroll = qobject_cast<QScrollArea*>(m_tabs->currentWidget())) {
                        scroll->ensureWidgetVisible(m_editors.value(field.id));
                        scroll->ensureWidgetVisible(m_messages.value(field.id));
                    }
                }
                return false;
            }
        }
        return false;
    }
    return true;
}

QString FormWidget::firstErrorField() const
{
    const QJsonObject current = values();
    for (const auto* field : m_form.fields()) {
        if (!m_form.isVisible(*field, current)) {
            continue;
        }
        if (auto* editor = m_editors.value(field->id); editor && !editor->inputProblem().isEmpty()) {
            return field->id;
        }
        for (const auto& issue : m_validation.issuesFor(field->id)) {
            if (issue.isError()) {
                return field->id;
            }
        }
    }
    return {};
}

void FormWidget::refresh()
{
    const QJsonObject current = values();
    for (const auto& field : m_form.fields()) {
        const bool visible = m_form.isVisible(*field, current);
        for (QWidget* w : {static_cast<QWidget*>(m_labels.value(field->id)),
                           static_cast<QWidget*>(m_editors.value(field->id)),
                           static_cast<QWidget*>(m_computed.value(field->id))}) {
            if (w) {
                w->setVisible(visible);
            }
        }
    }

    auto validation = m_service.validate(m_form.id, m_patientId, current);
    if (validation) {
        m_validation = *validation;
        m_formMessage->hide();
    } else {
        // The core refused outright (prescribing is for doctors): say so above the form.
        m_validation = {};
        m_formMessage->setText(validation.errorMessage());
        m_formMessage->show();
    }

    const QDateTime now = m_clock.now();
    const bool future = m_takenAt->dateTime() > now.addSecs(60);
    m_takenAtMessage->setProperty("isError", future);
    m_takenAtMessage->setText(future ? tr("The time taken cannot be in the future.") : QString());
    m_takenAtMessage->setStyleSheet(QStringLiteral("color: %1;").arg(errorColour));

    showMessages();
    updateComputed();
    emit changed();
}

void FormWidget::showMessages()
{
    const QJsonObject current = values();
    QStringList general;
    for (const auto& field : m_form.fields()) {
        auto* label = m_messages.value(field->id);
        if (!label) {
            continue;
        }
        auto* editor = m_editors.value(field->id);
        const bool show = m_showAll || m_touched.contains(field->id);
        QStringList texts;
        bool error = false;
        // Typed text that is no value yet (a date that is not one) says so first.
        if (const QString problem = editor ? editor->inputProblem() : QString(); !problem.isEmpty() && show) {
            texts << problem;
            error = true;
        } else {
            for (const auto& issue : m_validation.issuesFor(field->id)) {
                // "Required" on a field nobody has reached yet is noise; range errors are not.
                if (show) {
                    texts << issue.message;
                    error = error || issue.isError();
                }
            }
        }
        const bool issue = !texts.isEmpty();
        const QString text = issue ? texts.join(QLatin1Char('\n')) : field->help.text(m_language);
        label->setText(text);
        label->setStyleSheet(
            QStringLiteral("color: %1;").arg(issue ? (error ? errorColour : warningColour) : helpColour));
        label->setProperty("isIssue", issue);
        label->setVisible(!text.isEmpty() && m_form.isVisible(*field, current));
        if (editor) {
            const QString state =
                issue ? (error ? QStringLiteral("error") : QStringLiteral("warning")) : QString();
            if (editor->property("fieldState").toString() != state) {
                editor->setProperty("fieldState", state);
                // A dynamic property does not restyle by itself.
                editor->style()->unpolish(editor);
                editor->style()->polish(editor);
                editor->update();
            }
            if (auto* input = editor->inputWidget()) {
                // Screen readers say the problem with the field, as the eye sees it beside it.
                input->setAccessibleDescription(issue ? texts.join(QLatin1Char(' '))
                                                      : field->help.text(m_language));
            }
        }
    }
    for (const auto& issue : m_validation.issues) {
        if (!m_messages.contains(issue.field) && m_showAll) {
            general << issue.message;
        }
    }
    if (!general.isEmpty() && m_formMessage->isHidden()) {
        m_formMessage->setText(general.join(QLatin1Char('\n')));
        m_formMessage->show();
    }
}

void FormWidget::updateComputed()
{
    const QJsonObject current = values();
    for (auto it = m_computed.cbegin(); it != m_computed.cend(); ++it) {
        const auto* field = m_form.field(it.key());
        QLabel* label = it.value();
        if (!field) {
            continue;
        }
        if (field->computation == QLatin1String("news2")) {
            const auto result =
                clinical::News2::score(clinical::FormComputation::news2Input(*field, current));
            const QString colour = clinical::News2::colourHex(result.risk);
            QString text;
            if (result.complete()) {
                text = tr("NEWS2 %1 — %2").arg(*result.total).arg(clinical::label(result.risk));
                if (auto monitoring = clinical::News2::monitoring(result)) {
                    text += QLatin1Char('\n') + tr("Monitoring: %1").arg(clinical::label(*monitoring));
                }
                if (auto due = clinical::News2::nextDue(m_takenAt->dateTime(), result)) {
                    text += QLatin1Char('\n') +
                            tr("Next observations due: %1")
                                .arg(due->toLocalTime().toString(QStringLiteral("dd/MM HH:mm")));
                }
            } else {
                QStringList missing;
                for (auto p : result.missing()) {
                    missing << clinical::label(p);
                }
                text = tr("NEWS2 incomplete — missing: %1").arg(missing.join(QStringLiteral(", ")));
            }
            label->setText(text);
            label->setProperty("risk", clinical::code(result.risk));
            label->setStyleSheet(
                QStringLiteral("background: %1; color: %2; font-weight: bold; border-radius: 3px;")
                    .arg(colour, textColourOn(colour)));
            continue;
        }
        const QJsonValue v = m_validation.computed.value(it.key());
        const QString text = FieldEditor::displayText(*field, v, m_language);
        label->setText(text.isEmpty() ? QStringLiteral("—") : text);
    }
}

} // namespace wp::gui
