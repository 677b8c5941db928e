#pragma once

#include "SiteSetup.h"
#include "workspace/Workspace.h"

namespace wp {

struct Ward
{
    QString code;
    QString name;
    QStringList beds;
};

/// The hospital, its wards and beds, and this laptop's identity.
class SiteService
{
    Q_DECLARE_TR_FUNCTIONS(SiteService)

public:
    explicit SiteService(Workspace& ws) : m_ws(ws) {}

    /// Checks a setup without writing: the first problem found, or an empty string.
    static QString validate(const SiteSetup& setup);
    /// True when `code` is a valid device code: 2 to 6 capital letters or digits.
    static bool isValidDeviceCode(const QString& code);

    /// Records everything in one transaction and creates the administrator. Refused
    /// when the workspace is already initialised.
    Status initialise(const SiteSetup& setup);

    Result<QList<Ward>> wards();
    /// Adds a ward (needs ConfigureSite, or happens implicitly during imports).
    Status addWard(const QString& code, const QString& name, const QStringList& beds);
    Status addBed(const QString& wardCode, const QString& label);
    /// Inside the caller's transaction: creates the ward (named after its code) if unknown,
    /// and the bed if given and unknown. For imports, whose caller checked ImportData.
    /// Returns the ward's code as first written (`med` finds the ward `MED`).
    Result<QString> ensureWardAndBed(const QString& wardCode, const QString& bed);
    /// The code of the ward that `typed` names, as first written, or an empty string when
    /// there is none. Ward codes are compared ignoring case (and surrounding spaces): the
    /// exact spelling first, else the oldest ward whose code differs only by case (data
    /// written before codes were compared this way may hold both `med` and `MED`).
    Result<QString> existingWardCode(const QString& typed);

private:
    Status insertWard(const QString& code, const QString& name, const QStringList& beds);
    Workspace& m_ws;
};

} // namespace wp
