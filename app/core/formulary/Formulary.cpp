#include "Formulary.h"

namespace wp::medication {

QString Formulary::fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool space = true; // no leading space
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        if (c.isLetterOrNumber()) {
            out += c.toLower();
            space = false;
        } else if (!space) {
            out += QLatin1Char(' ');
            space = true;
        }
    }
    if (out.endsWith(QLatin1Char(' '))) {
        out.chop(1);
    }
    return out;
}

void Formulary::setDrugs(QList<FormularyDrug> drugs)
{
    m_drugs = std::move(drugs);
    m_index.clear();
    m_index.reserve(m_drugs.size());
    m_byCode.clear();
    m_byFoldedName.clear();
    m_allergyTerms.clear();
    QHash<QString, QStringList> terms;
    QStringList termOrder;
    const auto addTerm = [&](const QString& folded, const QStringList& classes) {
        if (folded.isEmpty() || classes.isEmpty()) {
            return;
        }
        if (!terms.contains(folded)) {
            termOrder << folded;
        }
        QStringList& c = terms[folded];
        for (const QString& cls : classes) {
            if (!c.contains(cls)) {
                c << cls;
            }
        }
    };
    for (int i = 0; i < m_drugs.size(); ++i) {
        const FormularyDrug& d = m_drugs.at(i);
        Index idx;
        idx.names << fold(d.inn);
        if (!d.brand.isEmpty()) {
            idx.names << fold(d.brand);
        }
        for (const QString& s : d.synonyms) {
            idx.names << fold(s);
        }
        idx.haystack = fold(d.code) + QLatin1Char(' ') + idx.names.join(QLatin1Char(' '));
        for (const QString& n : idx.names) {
            addTerm(n, d.allergyClasses);
            if (!m_byFoldedName.contains(n)) {
                m_byFoldedName.insert(n, i); // the first drug of that name (the file's order)
            }
        }
        for (const QString& cls : d.allergyClasses) {
            addTerm(fold(cls), {cls});
        }
        m_byCode.insert(d.code, i);
        m_index.push_back(std::move(idx));
    }
    for (const QString& t : termOrder) {
        m_allergyTerms << qMakePair(t, terms.value(t));
    }
}

const FormularyDrug* Formulary::drug(const QString& code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.constEnd() ? nullptr : &m_drugs.at(it.value());
}

QList<const FormularyDrug*> Formulary::search(const QString& typed, int limit) const
{
    const QString q = fold(typed);
    QList<const FormularyDrug*> starts;
    QList<const FormularyDrug*> wordStarts;
    QList<const FormularyDrug*> contains;
    if (q.isEmpty()) {
        return {};
    }
    const QStringList words = q.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString wordPrefix = QLatin1Char(' ') + words.first();
    for (size_t i = 0; i < m_index.size(); ++i) {
        const Index& idx = m_index[i];
        bool all = true;
        for (const QString& w : words) {
            if (!idx.haystack.contains(w)) {
                all = false;
                break;
            }
        }
        if (!all) {
            continue;
        }
        const FormularyDrug* d = &m_drugs.at(static_cast<qsizetype>(i));
        bool start = false;
        bool wordStart = false;
        for (const QString& n : idx.names) {
            if (n.startsWith(q)) {
                start = true;
                break;
            }
            if (n.startsWith(words.first()) || n.contains(wordPrefix)) {
                wordStart = true;
            }
        }
        if (start) {
            starts << d;
        } else if (wordStart) {
            wordStarts << d;
        } else if (contains.size() < limit) {
            contains << d;
        }
        if (starts.size() >= limit) {
            break;
        }
    }
    QList<const FormularyDrug*> out = starts + wordStarts + contains;
    if (out.size() > limit) {
        out.resize(limit);
    }
    return out;
}

QList<const FormularyDrug*> Formulary::lookAlikesOf(const FormularyDrug& drug) const
{
    QList<const FormularyDrug*> out;
    for (const QString& name : drug.lookAlikes) {
        const FormularyDrug* other = this->drug(name);
        if (!other) {
            const auto it = m_byFoldedName.constFind(fold(name));
            other = it == m_byFoldedName.constEnd() ? nullptr : &m_drugs.at(it.value());
        }
        if (other && other->code != drug.code && !out.contains(other)) {
            out << other;
        }
    }
    return out;
}

QList<AllergyMatch> Formulary::allergyClassesIn(const QString& allergyText) const
{
    const QString text = QLatin1Char(' ') + fold(allergyText) + QLatin1Char(' ');
    QList<AllergyMatch> out;
    QSet<QString> seen;
    for (const auto& [term, classes] : m_allergyTerms) {
        // Whole words only: "sulfa" must not match inside "sulfate"; a plural "s" is allowed.
        const QString word = QLatin1Char(' ') + term;
        qsizetype at = text.indexOf(word);
        bool found = false;
        while (at >= 0 && !found) {
            const qsizetype end = at + word.size();
            const QChar next = text.at(end);
            found = next == QLatin1Char(' ') || (next == QLatin1Char('s') && end + 1 < text.size() &&
                                                 text.at(end + 1) == QLatin1Char(' '));
            at = text.indexOf(word, at + 1);
        }
        if (!found) {
            continue;
        }
        for (const QString& cls : classes) {
            if (!seen.contains(cls)) {
                seen.insert(cls);
                out << AllergyMatch{cls, term};
            }
        }
    }
    return out;
}

} // namespace wp::medication
