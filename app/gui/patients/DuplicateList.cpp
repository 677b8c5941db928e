#include "DuplicateList.h"

namespace wp::gui {

DuplicateList::DuplicateList(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("duplicateList"));
    setMaximumHeight(150);
}

void DuplicateList::setDuplicates(const QList<PossibleDuplicate>& duplicates, const QDate& today)
{
    clear();
    m_ids.clear();
    for (const auto& d : duplicates) {
        const Patient& other = d.patient;
        const QString where = other.status == QLatin1String("admitted")
                                  ? QStringLiteral("%1 %2").arg(other.wardCode, other.bedLabel)
                                  : other.status;
        addItem(tr("%1 — born %2 (%3 y) — %4 — %5\n    %6")
                    .arg(other.displayName(), other.birthDate.toString(QStringLiteral("dd/MM/yyyy")))
                    .arg(other.ageOn(today))
                    .arg(other.downtimeNumber, where, d.match.description()));
        m_ids << other.id;
    }
    if (count() > 0) {
        setCurrentRow(0);
    }
}

QString DuplicateList::selectedPatientId() const
{
    const int row = currentRow();
    return row >= 0 && row < m_ids.size() ? m_ids[row] : QString();
}

} // namespace wp::gui
