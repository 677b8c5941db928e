#pragma once

#include "clinical/PatientIdentity.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace wp {

/// A patient as the ward sees them now: identity traits and where they are.
struct Patient
{
    QString id; // record id of the patient's identity record
    QString downtimeNumber;
    QString ipp;
    QString ins;
    QString birthName;
    QString usedName;
    QString firstNames; // space-separated, the first is the usual one
    QDate birthDate;
    QString sex; // F, M or U
    QString birthPlace;
    QString identityStatus = QStringLiteral("provisional");
    QString status = QStringLiteral("registered");
    QString wardCode;
    QString bedLabel;
    QDateTime admittedAt;
    QString reason;
    QString allergies; // empty: not recorded; "none": no known allergy

    /// The one rule for identifiers (IPP, INS, downtime number, ward code, bed label) wherever
    /// they come from (form, census, observations, command line): surrounding white space is
    /// not part of them. Case is kept; ward codes are compared ignoring it (SiteService).
    static QString identifier(const QString& typed) { return typed.trimmed(); }

    /// "DUPONT (MARTIN) Jeanne": used name first, as on French wristbands.
    QString displayName() const;
    /// Age in whole years on `day`.
    int ageOn(const QDate& day) const;

    /// The identity traits as the clinical rules (validation, duplicates) see them.
    clinical::PatientIdentity identity() const;
    void setIdentity(const clinical::PatientIdentity& identity);

    /// The identity traits as one version of the patient's identity record stores them
    /// (record kind "patient"); the same format on every laptop and in every exchange.
    QJsonObject identityRecord() const;
    /// A patient with only the identity traits of a stored version, and `id`. Versions
    /// written before a trait existed read as its default (sex "U", status provisional).
    static Patient fromIdentityRecord(const QString& id, const QJsonObject& record);
};

} // namespace wp
