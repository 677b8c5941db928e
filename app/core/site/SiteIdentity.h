#pragma once

#include "Database.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace wp {

/// Who a database belongs to: the hospital (its id, generated once by the first laptop's
/// `init` and given to every other laptop of the hospital, and its name) and the laptop
/// (its code, chosen by the administrator, and its id, drawn at `init` and never shown).
/// Exchange bundles and backups carry it, so that nothing of another hospital or another
/// laptop mixes in silently.
struct SiteIdentity
{
    Q_DECLARE_TR_FUNCTIONS(SiteIdentity)

public:
    QString hospitalId; // empty for data set up before hospital ids existed
    QString hospitalName;
    QString deviceCode;
    QString deviceId; // empty for a backup taken before laptop ids existed

    bool isEmpty() const { return hospitalName.isEmpty() && deviceCode.isEmpty(); }

    /// Reads the identity settings of an open database (empty fields when not set up).
    static Result<SiteIdentity> of(db::Database& db);
    /// Opens `file` read-only, without checks, and reads its identity.
    static Result<SiteIdentity> ofFile(const QString& file);

    /// Same hospital: equal ids when both have one, else the same name (case, accents and
    /// spaces as typed aside from case and surrounding spaces).
    bool sameHospitalAs(const SiteIdentity& other) const;
    /// "Centre hospitalier X (id H7KQ-…)" for messages.
    QString describeHospital() const;

    /// A new hospital id: 16 characters in 4 groups (Crockford base 32, the last one a check
    /// character so that a mistyped id is caught), for example `H7KQ-2M9X-4TZP-8WRA`.
    static QString generateHospitalId();
    /// The id in its canonical form (capitals, dashes), or nullopt when `text` is not a
    /// hospital id or its check character is wrong. Accepts lower case and missing dashes.
    static std::optional<QString> normaliseHospitalId(const QString& text);
    /// A new laptop id (random, never typed).
    static QString generateDeviceId();

    /// A device code as typed, surrounding spaces aside. SiteService::isValidDeviceCode is then
    /// the one rule, applied everywhere a code is typed or read (init, --for, bundle headers):
    /// "p2" is refused like "P2;X", not silently turned into another code.
    static QString normaliseDeviceCode(const QString& text) { return text.trimmed(); }
};

} // namespace wp
