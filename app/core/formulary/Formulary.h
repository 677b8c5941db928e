#pragma once

#include "FormularyDrug.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <vector>

namespace wp::medication {

/// A class an allergy text was matched to, and the words that matched it.
struct AllergyMatch
{
    QString allergyClass;
    QString matchedName; ///< the formulary name found in the text ("amoxicilline")
};

/// The formulary in memory: lookup by code, search as you type, look-alikes, and the
/// mapping of free-text allergies onto allergy classes through the drugs' names and synonyms.
/// Searches compare text without case or accents ("Pénicilline" finds "penicilline").
class Formulary
{
public:
    Formulary() = default;
    explicit Formulary(QList<FormularyDrug> drugs) { setDrugs(std::move(drugs)); }

    void setDrugs(QList<FormularyDrug> drugs);
    const QList<FormularyDrug>& drugs() const { return m_drugs; }
    bool isEmpty() const { return m_drugs.isEmpty(); }
    int size() const { return static_cast<int>(m_drugs.size()); }

    /// The drug with this code, or nullptr. Pointers stay valid until the next setDrugs().
    const FormularyDrug* drug(const QString& code) const;

    /// Drugs whose code, name, brand or synonym matches what was typed: names starting with
    /// it first, then names with a word starting with it, then names containing it; each
    /// group in formulary order. Every typed word must match. At most `limit` drugs.
    QList<const FormularyDrug*> search(const QString& typed, int limit = 50) const;
    /// The drugs of the formulary that `drug` names as look-alikes (by name, brand or code).
    QList<const FormularyDrug*> lookAlikesOf(const FormularyDrug& drug) const;

    /// The allergy classes a patient's free-text allergies name, with what matched. A drug's
    /// name, brand or synonym in the text means every allergy class of that drug; a class's
    /// own code ("penicillins") too.
    QList<AllergyMatch> allergyClassesIn(const QString& allergyText) const;

    /// Lower case, accents removed, punctuation turned to spaces, spaces collapsed.
    static QString fold(const QString& text);

private:
    struct Index
    {
        QStringList names; ///< folded inn, brand, synonyms (for ranking)
        QString haystack;  ///< folded code and names, space separated (for "contains")
    };
    QList<FormularyDrug> m_drugs;
    std::vector<Index> m_index;
    QHash<QString, int> m_byCode;
    QHash<QString, int> m_byFoldedName;
    /// folded name → allergy classes it stands for
    QList<QPair<QString, QStringList>> m_allergyTerms;
};

} // namespace wp::medication
