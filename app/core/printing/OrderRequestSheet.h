#pragma once

#include "BlockFlow.h"
#include "OrderPrintData.h"
#include "PrintDocument.h"

#include <memory>

namespace wp::printing {

/// The laboratory or imaging request (*bon de demande*) that goes with the specimen or the
/// patient: identity, order number in large type with its QR code, priority, the tests
/// grouped by tube (or the exam), clinical information, who ordered it and when, and a box
/// for who collected it and when, written by hand at the bedside.
class OrderRequestSheet : public PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(OrderRequestSheet)

public:
    static Result<std::unique_ptr<OrderRequestSheet>> build(Workspace& ws, const QString& order);

    QString kind() const override { return QStringLiteral("order-request"); }
    QString suggestedFileName() const override;
    const OrderPrintData& data() const { return m_data; }

protected:
    int layout(PrintCanvas& canvas, const QRectF& body) override;
    PageInfo pageInfo(int page) const override;
    void paintPage(PrintCanvas& canvas, const QRectF& body, int page) override;

private:
    explicit OrderRequestSheet(OrderPrintData data) : m_data(std::move(data)) {}
    void addTop(PrintCanvas& canvas, double width);
    void addTubes(PrintCanvas& canvas, double width);
    OrderPrintData m_data;
    PageInfo m_info;
    BlockFlow m_flow;
};

} // namespace wp::printing
