#include "OrderDialog.h"

#include "OrderTexts.h"
#include "common/PatientIdentityBand.h"
#include "orders/OrderService.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace wp::gui {

using namespace wp::orders;

namespace {

enum Roles { CodeRole = Qt::UserRole, KindRole, SearchRole, MatchRole };
enum Kind { PanelItem, TestItem, ExamItem };

/// Lower case without accents: "kaliémie" is found by typing "kaliemie".
QString folded(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing) {
            out.append(c);
        }
    }
    return out;
}

} // namespace

OrderDialog::OrderDialog(Workspace& ws, const QString& patientId, QWidget* parent)
    : QDialog(parent), m_ws(ws), m_patientId(patientId)
{
    setObjectName(QStringLiteral("orderDialog"));
    setWindowTitle(tr("Order tests or an exam"));
    m_catalogue.reload(Catalogue::siteFolder(ws.dataDirectory()));
    auto* layout = new QVBoxLayout(this);
    m_band = new PatientIdentityBand(ws, patientId, this);
    layout->addWidget(m_band);

    auto* searchRow = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("&Find:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("orderSearch"));
    m_search->setPlaceholderText(tr("name or code: potassium, NFS, 2823-3, scanner…"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("orderCatalogue"));
    m_list->setUniformItemSizes(true);
    layout->addWidget(m_list, 1);
    auto* hint = new QLabel(tr("Down: to the list · Space: check or uncheck · Enter: order"), this);
    hint->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(hint);
    m_selection = new QLabel(this);
    m_selection->setObjectName(QStringLiteral("orderSelection"));
    m_selection->setWordWrap(true);
    layout->addWidget(m_selection);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("orderError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* form = new QFormLayout;
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("orderPriority"));
    for (const Priority p : {Priority::Routine, Priority::Urgent, Priority::Stat}) {
        m_priority->addItem(label(p), code(p));
    }
    form->addRow(tr("&Priority:"), m_priority);
    m_info = new QLineEdit(this);
    m_info->setObjectName(QStringLiteral("orderClinicalInfo"));
    m_info->setPlaceholderText(tr("why: the question for the laboratory or the radiologist"));
    form->addRow(tr("C&linical information:"), m_info);
    auto* whenRow = new QHBoxLayout;
    m_later = new QCheckBox(tr("&Collect later, at:"), this);
    m_later->setObjectName(QStringLiteral("orderLater"));
    m_when = new QDateTimeEdit(this);
    m_when->setObjectName(QStringLiteral("orderCollectionTime"));
    m_when->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_when->setDateTime(ws.clock().now().toLocalTime().addSecs(3600));
    m_when->setEnabled(false);
    whenRow->addWidget(m_later);
    whenRow->addWidget(m_when);
    whenRow->addStretch(1);
    form->addRow(tr("Specimen:"), whenRow);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(this);
    m_place = buttons->addButton(tr("&Order"), QDialogButtonBox::AcceptRole);
    m_place->setObjectName(QStringLiteral("placeOrderButton"));
    m_place->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &OrderDialog::filter);
    connect(m_list, &QListWidget::itemChanged, this, &OrderDialog::updateSelection);
    connect(m_later, &QCheckBox::toggled, m_when, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &OrderDialog::place);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fill();
    updateSelection();
    m_search->setFocus(Qt::OtherFocusReason);
    resize(720, 640);
}

void OrderDialog::fill()
{
    const bool nurse = m_ws.currentUser() && m_ws.currentUser()->role == Role::Nurse;
    const QString doctorOnly = tr("A doctor's order: outside the nurse protocol.");
    const auto add = [&](const QString& code, const clinical::LocalisedText& name, Kind kind,
                         const QString& detail, bool protocol) {
        const QString kindText = kind == PanelItem  ? tr("panel")
                                 : kind == TestItem ? tr("test")
                                                    : tr("imaging");
        QString text = QStringLiteral("%1  ·  %2  ·  %3").arg(name.text(), code, kindText);
        if (!detail.isEmpty()) {
            text += QStringLiteral(": ") + detail;
        }
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(CodeRole, code);
        item->setData(KindRole, kind);
        item->setData(SearchRole, folded(QStringList{name.en, name.fr, code, detail}.join(QLatin1Char(' '))));
        Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsEnabled;
        item->setToolTip(name.en == name.fr ? name.en : QStringLiteral("%1 / %2").arg(name.fr, name.en));
        if (nurse && !protocol) {
            flags &= ~Qt::ItemIsEnabled;
            item->setToolTip(doctorOnly);
        }
        item->setFlags(flags);
        item->setCheckState(Qt::Unchecked);
        item->setData(MatchRole, true);
    };
    const QSignalBlocker blocker(m_list);
    for (const auto* p : m_catalogue.panels()) {
        QStringList names;
        for (const auto& t : p->tests) {
            names << OrderTexts::name(m_catalogue, t);
        }
        add(p->code, p->name, PanelItem, names.join(QStringLiteral(", ")), p->nurseProtocol);
    }
    for (const auto* t : m_catalogue.tests()) {
        add(t->code, t->name, TestItem, t->unit, t->nurseProtocol);
    }
    for (const auto* x : m_catalogue.exams()) {
        add(x->code, x->name, ExamItem, x->modality, x->nurseProtocol);
    }
}

void OrderDialog::filter(const QString& text)
{
    const QStringList words = folded(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < m_list->count(); ++i) {
        auto* item = m_list->item(i);
        const QString haystack = item->data(SearchRole).toString();
        bool match = true;
        for (const auto& w : words) {
            match = match && haystack.contains(w);
        }
        // A checked item stays in sight: hiding it would hide what is about to be ordered.
        item->setHidden(!match && item->checkState() != Qt::Checked);
        item->setData(MatchRole, match);
    }
}

bool OrderDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
            // To the first line the search found (not one kept in sight because it is checked).
            QListWidgetItem* first = nullptr;
            for (int i = 0; i < m_list->count() && !first; ++i) {
                auto* item = m_list->item(i);
                if (!item->isHidden() && (item->flags() & Qt::ItemIsEnabled) &&
                    item->data(MatchRole).toBool()) {
                    first = item;
                }
            }
            if (first) {
                m_list->setCurrentItem(first);
            }
            m_list->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QStringList OrderDialog::checkedCodes() const
{
    QStringList codes;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked) {
            codes << m_list->item(i)->data(CodeRole).toString();
        }
    }
    return codes;
}

bool OrderDialog::setChecked(const QString& code, bool checked)
{
    for (int i = 0; i < m_list->count(); ++i) {
        auto* item = m_list->item(i);
        if (item->data(CodeRole).toString() == code) {
            if (!(item->flags() & Qt::ItemIsEnabled)) {
                return false;
            }
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void OrderDialog::updateSelection()
{
    QStringList names;
    bool imaging = false;
    for (const auto& c : checkedCodes()) {
        names << OrderTexts::name(m_catalogue, c);
        imaging = imaging || m_catalogue.exam(c) != nullptr;
    }
    m_selection->setText(names.isEmpty() ? tr("Nothing chosen yet.")
                                         : tr("To order: %1").arg(names.join(QStringLiteral(", "))));
    // An imaging exam has no specimen to collect.
    m_later->setEnabled(!imaging);
    if (imaging) {
        m_later->setChecked(false);
    }
    showError(QString());
}

QString OrderDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void OrderDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

bool OrderDialog::place()
{
    OrderRequest request;
    request.patientId = m_patientId;
    request.codes = checkedCodes();
    request.priority = priorityFromCode(m_priority->currentData().toString()).value_or(Priority::Routine);
    request.clinicalInfo = m_info->text().trimmed();
    if (m_later->isEnabled() && m_later->isChecked()) {
        request.plannedCollection = m_when->dateTime().toUTC();
    }
    auto placed = OrderService(m_ws, m_catalogue).place(request);
    if (!placed) {
        showError(placed.errorMessage());
        return false;
    }
    m_placed = *placed;
    accept();
    return true;
}

} // namespace wp::gui
