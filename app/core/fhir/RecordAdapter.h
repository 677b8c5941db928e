#pragma once

#include "clinical/News2Input.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace wp::fhir {

/// A medication administration as the exporters need it.
struct MedicationGiven
{
    QString drug;
    QString dose;
    QString route;
    QString status; // given, held, refused (as charted)
    QDateTime time; // when given, if charted apart from the record's time
};

/// The one place that reads the JSON of clinical records for export. Forms are written
/// by other parts of WhitePlan and evolve: every key is read defensively (numbers
/// given as text, alternative key names, missing keys), and nothing here fails.
class RecordAdapter
{
    Q_DECLARE_TR_FUNCTIONS(RecordAdapter)

public:
    /// The first of `keys` holding a number (or text that parses as one).
    static std::optional<double> number(const QJsonObject& data, const QStringList& keys);
    /// The first of `keys` holding non-empty text (numbers are turned into text).
    static QString text(const QJsonObject& data, const QStringList& keys);

    static clinical::News2Input vitals(const QJsonObject& observation);
    static std::optional<int> diastolic(const QJsonObject& observation);
    /// "Target — D: … A: … R: …" for a nursing note (transmission ciblée).
    static QString noteText(const QJsonObject& note);
    static QString noteTarget(const QJsonObject& note);
    static MedicationGiven medication(const QJsonObject& administration, const QDate& day);
    /// A one-line human summary of any record, for the checklist and CSV.
    static QString summary(const QString& kind, const QJsonObject& data);
};

} // namespace wp::fhir
