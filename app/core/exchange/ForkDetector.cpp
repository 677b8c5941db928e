#include "ForkDetector.h"

#include "foundation/Clock.h"

#include <QCryptographicHash>
#include <QLocale>

namespace wp::exchange {

namespace {

struct Branch
{
    QString recordId;
    QString kind;
    QString patientId;
    QString versionId;
    int version = 0;
    QString createdAt;
    QString createdBy;
    QString device;
    bool enteredInError = false;
};

QString forkId(const QList<Branch>& branches)
{
    QStringList ids;
    for (const auto& b : branches) {
        ids << b.versionId;
    }
    ids.sort();
    const QByteArray digest = QCryptographicHash::hash(
        (QStringLiteral("record_fork:") + ids.join(QLatin1Char(','))).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("record_fork-") + QString::fromLatin1(digest.toHex().left(16));
}

} // namespace

Result<QList<ExchangeConflict>> ForkDetector::find(const QHash<QString, QString>& patientNames)
{
    // Only versions that share what they supersede: the index on previous_version_id
    // finds them without reading the records' data.
    auto stmt = m_ws.db().prepare(QStringLiteral(
        "SELECT previous_version_id, record_id, kind, patient_id, version_id, version, created_at, "
        "created_by, "
        "device, entered_in_error FROM record_version WHERE kind <> 'patient' AND previous_version_id IN ("
        " SELECT previous_version_id FROM record_version WHERE previous_version_id IS NOT NULL"
        " GROUP BY previous_version_id HAVING count(*) > 1) "
        "ORDER BY previous_version_id, created_at, device, version_id"));
    if (!stmt) {
        return stmt.error();
    }
    QList<QList<Branch>> forks;
    QString group;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        if (forks.isEmpty() || stmt->text(0) != group) {
            group = stmt->text(0);
            forks.append(QList<Branch>());
        }
        forks.last().append(Branch{stmt->text(1), stmt->text(2), stmt->text(3), stmt->text(4),
                                   stmt->integer(5), stmt->text(6), stmt->text(7), stmt->text(8),
                                   stmt->integer(9) != 0});
    }
    QList<ExchangeConflict> conflicts;
    for (const auto& branches : forks) {
        const Branch& first = branches.first();
        QStringList who;
        for (const auto& b : branches) {
            // Storage times are UTC: shown as such so that every laptop writes the same text.
            const QString when = QLocale::c().toString(fromStorageTime(b.createdAt).toUTC(),
                                                       QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
            who << (b.enteredInError ? tr("marked entered in error by %1 on %2 at %3")
                                     : tr("amended by %1 on %2 at %3"))
                       .arg(b.createdBy, b.device, when);
        }
        const QString patient = patientNames.value(first.patientId, first.patientId);
        ExchangeConflict c;
        c.id = forkId(branches);
        c.kind = QStringLiteral("record_fork");
        c.patientId = first.patientId;
        c.otherId = first.recordId;
        c.detail =
            tr("A %1 record of %2 (version %3) was changed on two laptops independently: %4. WhitePlan "
               "shows the most recent change on every laptop; check which one is right and amend the "
               "record if needed.")
                .arg(first.kind, patient)
                .arg(first.version - 1)
                .arg(who.join(QStringLiteral("; ")));
        conflicts << c;
    }
    return conflicts;
}

} // namespace wp::exchange
