#include "FormTab.h"

#include "clinical/News2.h"
#include "clinical/forms/FormComputation.h"
#include "clinical/forms/FormRegistry.h"
#include "entries/FormEntryService.h"
#include "forms/FieldEditor.h"
#include "forms/FormEntryPanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QSplitter>
#include <QTableWidget>

namespace wp::gui {

namespace {

QString summary(const FormEntry& e)
{
    if (!e.form) {
        return {};
    }
    if (e.form->id == QLatin1String("observation")) {
        const auto r = clinical::News2::score(clinical::FormComputation::news2Input(e.values()));
        return r.total ? FormTab::tr("NEWS2 %1 (%2)").arg(*r.total).arg(clinical::label(r.risk))
                       : FormTab::tr("NEWS2 incomplete");
    }
    QStringList parts;
    for (const auto* field : e.form->fields()) {
        const QString text = FieldEditor::displayText(*field, e.values().value(field->id));
        if (!text.isEmpty() && field->type != clinical::FieldType::Computed) {
            parts << text.simplified().left(60);
        }
        if (parts.size() == 3) {
            break;
        }
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

FormTab::FormTab(Workspace& ws, FormEntryService& entries, const clinical::FormRegistry& forms,
                 const QString& formId, const QString& patientId, QWidget* parent)
    : QWidget(parent), m_entries(entries), m_forms(forms), m_formId(formId), m_patientId(patientId)
{
    setObjectName(QStringLiteral("formTab_%1").arg(formId));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);
    m_list = new QTableWidget(splitter);
    m_list->setObjectName(QStringLiteral("entryList"));
    m_list->setColumnCount(3);
    m_list->setHorizontalHeaderLabels({tr("Taken at"), tr("By"), tr("Summary")});
    m_list->verticalHeader()->hide();
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setStretchLastSection(true);
    splitter->addWidget(m_list);
    m_panel = new FormEntryPanel(ws, entries, forms, formId, patientId, {}, splitter);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    // An entry opens for amending only when the user selects it: the list taking the focus
    // (opening the tab, Tab) makes its first row current without selecting it, and must
    // leave the panel on a new entry.
    connect(m_list, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_list->selectionModel()->selectedRows();
        if (auto* item = rows.isEmpty() ? nullptr : m_list->item(rows.first().row(), 0)) {
            m_panel->loadEntry(item->data(Qt::UserRole).toString());
        }
    });
    connect(m_panel, &FormEntryPanel::saved, this, [this] {
        reload();
        emit changed();
    });
    reload();
}

void FormTab::reload()
{
    auto list = m_entries.entries(m_patientId, m_formId, true);
    const QSignalBlocker blocker(m_list);
    m_list->setRowCount(0);
    if (!list) {
        return;
    }
    QList<FormEntry> entries = *list;
    std::reverse(entries.begin(), entries.end());
    m_list->setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const FormEntry& e = entries[row];
        const QDateTime taken = e.record.occurredAt.isValid() ? e.record.occurredAt : e.record.createdAt;
        QStringList texts{taken.toLocalTime().toString(QStringLiteral("dd/MM HH:mm")), e.record.createdBy,
                          summary(e)};
        if (e.record.version > 1 && !e.record.enteredInError) {
            texts[2] = tr("(amended) ") + texts[2];
        }
        for (int c = 0; c < 3; ++c) {
            auto* item = new QTableWidgetItem(texts[c]);
            if (e.record.enteredInError) {
                QFont f = item->font();
                f.setStrikeOut(true);
                item->setFont(f);
                item->setForeground(Qt::gray);
                item->setToolTip(tr("Entered in error: %1").arg(e.record.reason));
            }
            if (c == 0) {
                item->setData(Qt::UserRole, e.record.recordId);
            }
            m_list->setItem(row, c, item);
        }
    }
}

} // namespace wp::gui
