#pragma once

#include "BlockFlow.h"
#include "TextStack.h"

#include <QCoreApplication>

namespace wp::printing {

/// Convenience on top of BlockFlow for letters and reports: headings, labelled fields,
/// framed boxes, tables and space to write by hand, all measured at once.
class FlowWriter
{
    Q_DECLARE_TR_FUNCTIONS(FlowWriter)

public:
    FlowWriter(PrintCanvas& canvas, BlockFlow& flow, double width) : m_c(canvas), m_flow(flow), m_width(width)
    {}

    void heading(const QString& title);
    void paragraph(const QString& text, const QFont& font, const QColor& colour = Qt::black);
    /// "Label   value" with the label in a fixed column; an empty value prints "not recorded".
    void field(const QString& label, const QString& value, bool emphasise = false);
    /// A label and a line to write on (signatures, times).
    void signatureLine(const QString& label);
    /// A framed box; `border` coloured for alerts.
    void box(const TextStack& content, const QColor& border = Qt::black, double borderMm = 0.35);
    /// A table with a heading row; `widths` are fractions of the width summing to 1.
    void table(const QStringList& headers, const QList<QStringList>& rows, const QList<double>& widths);
    /// `lines` ruled lines to write on.
    void writingLines(int lines);
    void space(double mm);

    static QString notRecorded();

private:
    PrintCanvas& m_c;
    BlockFlow& m_flow;
    double m_width;
};

} // namespace wp::printing
