#pragma once

#include "orders/Catalogue.h"
#include "orders/Order.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace wp::gui {

/// How orders and results read on the ward's screens: names in the user's language rather
/// than codes, ranges with their unit, flags in words and in colour (the same everywhere,
/// so that a red "HH" means the same thing in the tab, the dialog and the trend).
class OrderTexts
{
    Q_DECLARE_TR_FUNCTIONS(OrderTexts)

public:
    /// The name of a panel, test or exam code; the code itself when the catalogue lacks it.
    static QString name(const orders::Catalogue& c, const QString& code);
    /// What was asked for, by name: "Electrolytes (ionogramme), Haemoglobin".
    static QString requested(const orders::Catalogue& c, const orders::Order& o);
    /// "3.5–5.0 mmol/L", "< 5 mg/L", "> 60"; empty when there is no range.
    static QString range(std::optional<double> low, std::optional<double> high, const QString& unit,
                         int decimals = 1);
    /// "critical high (HH)", "low (L)", "normal"; empty for none.
    static QString flag(orders::ResultFlag f);
    /// Text and background colours of a flag (invalid background: none).
    static QColor flagForeground(orders::ResultFlag f);
    static QColor flagBackground(orders::ResultFlag f);
    /// "paper", "phone (caller → receiver)", "laboratory".
    static QString via(const orders::LabResult& r);
    /// A result as it reads in a summary: "Potassium 6.8 mmol/L HH".
    static QString result(const orders::Catalogue& c, const orders::LabResult& r, int maxReport = 40);
    /// Decimals shown for a test (1 when unknown).
    static int decimals(const orders::Catalogue& c, const QString& code);
};

} // namespace wp::gui
