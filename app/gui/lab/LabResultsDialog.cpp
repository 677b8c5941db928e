#include "LabResultsDialog.h"

#include "orders/Catalogue.h"
#include "orders/ResultService.h"
#include "workspace/Workspace.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace wp::gui {

namespace {

enum GridColumn { TestColumn, ValueColumn, UnitColumn, RangeColumn, FlagColumn, GridColumns };

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

QString rangeText(const std::optional<double>& low, const std::optional<double>& high, int decimals)
{
    if (low && high) {
        return QStringLiteral("%1–%2").arg(number(*low, decimals), number(*high, decimals));
    }
    if (low) {
        return QStringLiteral("≥ %1").arg(number(*low, decimals));
    }
    if (high) {
        return QStringLiteral("≤ %1").arg(number(*high, decimals));
    }
    return {};
}

} // namespace

LabResultsDialog::LabResultsDialog(Workspace& ws, const orders::Catalogue& catalogue,
                                   const orders::Order& order, const Patient& patient, QWidget* parent)
    : QDialog(parent), m_ws(ws), m_catalogue(catalogue), m_order(order)
{
    setObjectName(QStringLiteral("labResultsDialog"));
    setWindowTitle(tr("Results of %1").arg(order.number));
    auto* layout = new QVBoxLayout(this);
    auto* who = new QLabel(tr("<b>%1</b> — born %2 — %3 — %4")
                               .arg(patient.displayName().toHtmlEscaped(),
                                    QLocale().toString(patient.birthDate, QLocale::ShortFormat),
                                    patient.downtimeNumber.toHtmlEscaped(), order.number.toHtmlEscaped()),
                           this);
    who->setObjectName(QStringLiteral("labResultsPatient"));
    layout->addWidget(who);

    m_grid = new QTableWidget(0, GridColumns, this);
    m_grid->setObjectName(QStringLiteral("labResultsGrid"));
    m_grid->setHorizontalHeaderLabels({tr("Test"), tr("Value"), tr("Unit"), tr("Range"), tr("Flag")});
    m_grid->verticalHeader()->hide();
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::NoSelection);
    m_grid->setFocusPolicy(Qt::NoFocus); // Tab goes from value to value
    m_grid->horizontalHeader()->setSectionResizeMode(TestColumn, QHeaderView::Stretch);
    const auto sex = clinical::sexFromCode(patient.sex).value_or(clinical::Sex::Unknown);
    const QDate today = ws.clock().now().toLocalTime().date();
    for (const QString& code : order.tests) {
        const orders::LabTest* t = catalogue.test(code);
        const orders::ImagingExam* x = t ? nullptr : catalogue.exam(code);
        const int row = m_grid->rowCount();
        m_grid->insertRow(row);
        m_grid->setItem(row, TestColumn,
                        new QTableWidgetItem(t   ? t->name.text()
                                             : x ? x->name.text()
                                                 : code));
        auto* edit = new QLineEdit(m_grid);
        edit->setObjectName(QStringLiteral("value_%1").arg(code));
        if (t && t->type == orders::ValueType::Coded) {
            edit->setPlaceholderText(t->choices.join(QStringLiteral(" / ")));
        }
        if (const orders::LabResult* done = order.result(code)) {
            // Already resulted: shown, not typed again (a correction has its own reason).
            edit->setText(done->value);
            edit->setReadOnly(true);
            edit->setEnabled(false);
        }
        m_grid->setCellWidget(row, ValueColumn, edit);
        m_grid->setItem(row, UnitColumn, new QTableWidgetItem(t ? t->unit : QString()));
        QString range;
        if (t && t->type == orders::ValueType::Numeric) {
            if (auto r = catalogue.rangeFor(*t, sex, patient.birthDate, today)) {
                range = rangeText(r->low, r->high, t->decimals);
            }
        }
        m_grid->setItem(row, RangeColumn, new QTableWidgetItem(range));
        m_grid->setItem(row, FlagColumn, new QTableWidgetItem);
        Line line{code, edit, row};
        m_lines << line;
        connect(edit, &QLineEdit::textChanged, this, [this, line] { check(line); });
        if (order.result(code)) {
            m_grid->item(row, FlagColumn)->setText(orders::shortLabel(order.result(code)->flag));
        }
    }
    m_grid->resizeColumnsToContents();
    m_grid->horizontalHeader()->setSectionResizeMode(TestColumn, QHeaderView::Stretch);
    m_grid->setColumnWidth(ValueColumn, std::max(m_grid->columnWidth(ValueColumn), 120));
    layout->addWidget(m_grid, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("labResultsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("labResultsSave"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save the results"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LabResultsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 420);
    for (const auto& line : m_lines) {
        if (line.value->isEnabled()) {
            line.value->setFocus();
            break;
        }
    }
}

QLineEdit* LabResultsDialog::valueEdit(const QString& test) const
{
    for (const auto& line : m_lines) {
        if (line.test == test) {
            return line.value;
        }
    }
    return nullptr;
}

QString LabResultsDialog::flagText(const QString& test) const
{
    for (const auto& line : m_lines) {
        if (line.test == test) {
            return m_grid->item(line.row, FlagColumn)->text();
        }
    }
    return {};
}

QString LabResultsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LabResultsDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

orders::ResultEntry LabResultsDialog::entryFor(const Line& line) const
{
    orders::ResultEntry e;
    e.order = m_order.recordId;
    e.test = line.test;
    e.value = line.value->text();
    e.via = QStringLiteral("lab");
    return e;
}

void LabResultsDialog::check(const Line& line)
{
    auto* flag = m_grid->item(line.row, FlagColumn);
    if (line.value->text().trimmed().isEmpty()) {
        flag->setText(QString());
        flag->setToolTip(QString());
        showError(QString());
        return;
    }
    auto checked = orders::ResultService(m_ws, m_catalogue).check(entryFor(line));
    if (!checked) {
        flag->setText(QStringLiteral("?"));
        flag->setForeground(QColor(QStringLiteral("#c62828")));
        flag->setToolTip(checked.errorMessage());
        showError(checked.errorMessage());
        return;
    }
    showError(QString());
    const QString s = orders::shortLabel(checked->flag);
    flag->setText(s.isEmpty() && checked->flag == orders::ResultFlag::Normal ? tr("N") : s);
    flag->setToolTip(orders::code(checked->flag));
    flag->setForeground(checked->critical() ? QColor(QStringLiteral("#b71c1c"))
                        : s.isEmpty()       ? QColor(QStringLiteral("#2e7d32"))
                                            : QColor(QStringLiteral("#8a4b00")));
    QFont f = flag->font();
    f.setBold(checked->critical());
    flag->setFont(f);
}

void LabResultsDialog::accept()
{
    // Every typed value is checked before anything is written: a refused line saves nothing.
    QList<orders::ResultEntry> entries;
    orders::ResultService service(m_ws, m_catalogue);
    for (const auto& line : m_lines) {
        if (!line.value->isEnabled() || line.value->text().trimmed().isEmpty()) {
            continue;
        }
        const orders::ResultEntry e = entryFor(line);
        if (auto checked = service.check(e); !checked) {
            showError(checked.errorMessage());
            line.value->setFocus();
            return;
        }
        entries << e;
    }
    if (entries.isEmpty()) {
        showError(tr("Type at least one result."));
        return;
    }
    m_saved.clear();
    for (const auto& e : entries) {
        auto written = service.enter(e);
        if (!written) {
            showError(written.errorMessage());
            return;
        }
        m_saved << *written;
    }
    QDialog::accept();
}

} // namespace wp::gui
