#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace wp {

struct WardSetup
{
    QString code;
    QString name;
    QStringList beds;
};

/// What the first-run dialog (or `whiteplan-cli init`) records about the hospital,
/// this laptop and its first administrator.
struct SiteSetup
{
    QString hospital;
    /// The hospital id shown on the hospital's first laptop, for every other laptop of the
    /// hospital (so that they exchange bundles). Empty on the first laptop: a new id is drawn.
    QString hospitalId;
    QList<WardSetup> wards;
    QString deviceCode;
    int rangeFirst = 1;
    int rangeLast = 999999;
    QString adminLogin;
    QString adminName;
    QString adminPassword;
};

} // namespace wp
