#pragma once

#include "OrderPrintData.h"
#include "PrintDocument.h"

#include <memory>

namespace wp::printing {

/// Tube labels for one laboratory order: one label per tube type the order needs, each
/// with the QR code OrderService::labelPayload() (order, downtime number, tube), the
/// patient's name, birth date, sex and downtime number, the order number, the tube's name
/// and colour and the priority. Printed in the cells of the identity label sheet
/// (LabelSheet), so the same label stock serves both; the band above them, where the
/// wristband is on that sheet, lists what goes in each tube.
class TubeLabelSheet : public PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(TubeLabelSheet)

public:
    /// InvalidInput for an imaging order (it has no tube).
    static Result<std::unique_ptr<TubeLabelSheet>> build(Workspace& ws, const QString& order);

    QString kind() const override { return QStringLiteral("tube-labels"); }
    QString suggestedFileName() const override;
    const OrderPrintData& data() const { return m_data; }
    /// Where the label of tube `index` is on the page (device pixels), for tests.
    static QRectF cell(PrintCanvas& canvas, const QRectF& body, int index);

protected:
    int layout(PrintCanvas& canvas, const QRectF& body) override;
    PageInfo pageInfo(int page) const override;
    void paintPage(PrintCanvas& canvas, const QRectF& body, int page) override;

private:
    explicit TubeLabelSheet(OrderPrintData data) : m_data(std::move(data)) {}
    void paintSummary(PrintCanvas& canvas, const QRectF& rect);
    void paintLabel(PrintCanvas& canvas, const QRectF& rect, const OrderTube& tube);
    OrderPrintData m_data;
    PageInfo m_info;
    QDate m_today;
};

} // namespace wp::printing
