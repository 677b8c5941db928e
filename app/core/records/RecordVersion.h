#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace wp {

/// One version of a clinical record. Versions are never changed: an amendment or an
/// "entered in error" mark is a newer version pointing at the one it supersedes.
struct RecordVersion
{
    QString versionId;
    QString recordId;
    QString kind;
    QString patientId;
    int version = 0;
    QString previousVersionId;
    QJsonObject data;
    bool enteredInError = false;
    QString reason;
    QDateTime occurredAt; // when it happened ("taken at"); may differ from createdAt
    QDateTime createdAt;  // when it was recorded
    QString createdBy;
    QString device;
};

} // namespace wp
