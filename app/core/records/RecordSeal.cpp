#include "RecordSeal.h"

#include "audit/AuditLog.h"

#include <QCryptographicHash>

#include <algorithm>

namespace wp {

namespace {

const QChar separator(0x1f);

QString hex(const QByteArray& digest)
{
    return QString::fromLatin1(digest.toHex());
}

/// Digest accumulated line by line, in the order the seals come.
class DigestBuilder
{
public:
    void add(const QString& versionId, const QString& hash)
    {
        m_hash.addData((versionId + QLatin1Char(' ') + hash + QLatin1Char('\n')).toUtf8());
        ++m_count;
    }
    QString result() const { return hex(m_hash.result()); }
    qint64 count() const { return m_count; }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_count = 0;
};

} // namespace

QString RecordSeal::columns()
{
    return QStringLiteral("version_id, record_id, kind, patient_id, version, previous_version_id, data, "
                          "entered_in_error, reason, occurred_at, created_at, created_by, device");
}

QString RecordSeal::hash(const QStringList& fields)
{
    return hex(QCryptographicHash::hash(fields.join(separator).toUtf8(), QCryptographicHash::Sha256));
}

QString RecordSeal::hashRow(const db::Statement& s, int first)
{
    QStringList fields;
    fields.reserve(13);
    for (int c = first; c < first + 13; ++c) {
        fields << s.text(c);
    }
    return hash(fields);
}

QString RecordSeal::digest(QList<Seal> seals)
{
    std::sort(seals.begin(), seals.end(),
              [](const Seal& a, const Seal& b) { return a.first.toUtf8() < b.first.toUtf8(); });
    DigestBuilder d;
    for (const auto& [id, h] : seals) {
        d.add(id, h);
    }
    return d.result();
}

Status RecordSeal::insert(db::Database& db, qint64 auditSeq, const QList<Seal>& seals)
{
    auto ins =
        db.prepare(QStringLiteral("INSERT INTO record_seal(version_id, audit_seq, hash) VALUES (?1,?2,?3)"));
    if (!ins) {
        return ins.error();
    }
    for (const auto& [id, h] : seals) {
        ins->reset();
        ins->bind(1, id).bind(2, static_cast<std::int64_t>(auditSeq)).bind(3, h);
        if (auto st = ins->exec(); !st) {
            return st;
        }
    }
    return {};
}

Status RecordSeal::backfill(db::Database& db, const QDateTime& now)
{
    auto last = db.prepare(QStringLiteral("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1"));
    if (!last) {
        return last.error();
    }
    auto row = last->step();
    if (!row) {
        return row.error();
    }
    const qint64 lastSeq = *row ? last->int64(0) : 0;
    const QString lastHash = *row ? last->text(1) : AuditLog::genesisHash();
    auto device = db.scalar(QStringLiteral("SELECT value FROM setting WHERE key = 'device.code'"));
    if (!device) {
        return device.error();
    }
    // Streamed in version_id order, the digest's order: constant memory on a large hospital.
    auto versions =
        db.prepare(QStringLiteral("SELECT %1 FROM record_version ORDER BY version_id").arg(columns()));
    auto ins =
        db.prepare(QStringLiteral("INSERT INTO record_seal(version_id, audit_seq, hash) VALUES (?1,?2,?3)"));
    if (!versions) {
        return versions.error();
    }
    if (!ins) {
        return ins.error();
    }
    DigestBuilder d;
    while (true) {
        auto next = versions->step();
        if (!next) {
            return next.error();
        }
        if (!*next) {
            break;
        }
        const QString id = versions->text(0);
        const QString h = hashRow(*versions);
        d.add(id, h);
        ins->reset();
        ins->bind(1, id).bind(2, static_cast<std::int64_t>(lastSeq + 1)).bind(3, h);
        if (auto st = ins->exec(); !st) {
            return st;
        }
    }
    if (d.count() == 0) {
        return {};
    }
    const AuditEntry e = AuditLog::next(
        lastSeq, lastHash, {QStringLiteral("system"), device->toString()}, now,
        QStringLiteral("records.sealed"), QStringLiteral("record_version"), QStringLiteral("*"),
        QStringLiteral("%1 record versions sealed by the upgrade to schema 7").arg(d.count()), d.result());
    auto audit = db.prepare(AuditLog::insertStatement());
    if (!audit) {
        return audit.error();
    }
    AuditLog::bind(*audit, e);
    return audit->exec();
}

Result<SealVerification> RecordSeal::verify(db::Database& db)
{
    SealVerification result;
    const auto report = [&result](SealProblem p) {
        ++result.problemCount;
        if (result.problems.size() < SealVerification::maxListed) {
            result.problems << std::move(p);
        }
    };
    // 1. Each version against its seal.
    auto versions = db.prepare(
        QStringLiteral(
            "SELECT %1, s.hash, p.downtime_number, p.birth_name, p.first_names FROM record_version r "
            "LEFT JOIN record_seal s ON s.version_id = r.version_id "
            "LEFT JOIN patient p ON p.id = r.patient_id ORDER BY r.rowid")
            .arg(QStringLiteral("r.") + columns().split(QStringLiteral(", ")).join(QStringLiteral(", r."))));
    if (!versions) {
        return versions.error();
    }
    while (true) {
        auto row = versions->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        ++result.versionsChecked;
        const bool sealed = !versions->isNull(13);
        if (sealed && hashRow(*versions) == versions->text(13)) {
            continue;
        }
        SealProblem p;
        p.versionId = versions->text(0);
        p.recordId = versions->text(1);
        p.kind = versions->text(2);
        p.version = versions->integer(4);
        p.patient =
            versions->isNull(14)
                ? versions->text(3)
                : QStringLiteral("%1 %2 %3").arg(versions->text(14), versions->text(15), versions->text(16));
        const QString what = tr("the %1 record %2 (patient %3, version %4, written by %5 on %6 at %7)")
                                 .arg(p.kind, p.recordId, p.patient.trimmed())
                                 .arg(p.version)
                                 .arg(versions->text(11), versions->text(12), versions->text(10));
        p.problem =
            sealed
                ? tr("%1 was altered after it was written: its content no longer matches its seal").arg(what)
                : tr("%1 has no seal: it was added outside WhitePlan").arg(what);
        report(p);
    }
    // 2. Seals whose version is gone (a version cannot be deleted through WhitePlan).
    auto orphans = db.prepare(QStringLiteral(
        "SELECT s.version_id FROM record_seal s WHERE NOT EXISTS (SELECT 1 FROM record_version r WHERE "
        "r.version_id = s.version_id) ORDER BY s.audit_seq"));
    if (!orphans) {
        return orphans.error();
    }
    while (true) {
        auto row = orphans->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        SealProblem p;
        p.versionId = orphans->text(0);
        p.problem = tr("the record version %1 was removed from the database").arg(p.versionId);
        report(p);
    }
    // 3. Each sealing audit entry against the seals it wrote: a seal rewritten to match an
    //    altered version no longer matches the entry's digest, which the chain protects.
    auto entries =
        db.prepare(QStringLiteral("SELECT seq, content FROM audit_entry WHERE content <> '' ORDER BY seq"));
    auto seals = db.prepare(
        QStringLiteral("SELECT audit_seq, version_id, hash FROM record_seal ORDER BY audit_seq, version_id"));
    if (!entries) {
        return entries.error();
    }
    if (!seals) {
        return seals.error();
    }
    auto sealRow = seals->step();
    if (!sealRow) {
        return sealRow.error();
    }
    const auto mismatch = [&report](qint64 seq) {
        SealProblem p;
        p.problem = tr("the record seals written with audit entry %1 were altered or removed").arg(seq);
        report(p);
    };
    while (true) {
        auto row = entries->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        const qint64 seq = entries->int64(0);
        // Seals of no sealing entry (a seq that carries no content) are skipped, then reported.
        while (*sealRow && seals->int64(0) < seq) {
            mismatch(seals->int64(0));
            const qint64 skipped = seals->int64(0);
            while (*sealRow && seals->int64(0) == skipped) {
                sealRow = seals->step();
                if (!sealRow) {
                    return sealRow.error();
                }
            }
        }
        DigestBuilder d;
        while (*sealRow && seals->int64(0) == seq) {
            d.add(seals->text(1), seals->text(2));
            sealRow = seals->step();
            if (!sealRow) {
                return sealRow.error();
            }
        }
        if (d.result() != entries->text(1)) {
            mismatch(seq);
        }
    }
    if (*sealRow) {
        mismatch(seals->int64(0));
    }
    return result;
}

} // namespace wp
