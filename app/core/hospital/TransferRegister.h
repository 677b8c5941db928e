#pragma once

#include "HospitalMovement.h"
#include "workspace/Workspace.h"

#include <QList>

namespace wp::hospital {

/// Every movement of every patient this laptop holds, whichever laptop recorded it: admissions,
/// moves between wards, transfers out to other hospitals (destination, SAMU number, transport,
/// the documents that went with the patient), discharges and deaths. Read from the movement
/// records alone and replayed per patient in the exchange's order (occurred, recorded, device,
/// version: StateRebuilder), so that every laptop holding the same records lists the same.
class TransferRegister
{
    Q_DECLARE_TR_FUNCTIONS(TransferRegister)

public:
    explicit TransferRegister(Workspace& ws) : m_ws(ws) {}

    /// Every movement that happened in [from, to) (invalid bounds: unbounded), oldest first,
    /// with where the patient came from. A move, transfer or discharge of a patient who was not
    /// admitted at that point is left out, as the rebuilt state leaves it out (the exchange
    /// lists it as a conflict). Without `documents`, the documents of transfers out are not looked
    /// up (the census and the sitrep only count movements; that lookup reads the audit trail).
    Result<QList<HospitalMovement>> movements(const QDateTime& from = {}, const QDateTime& to = {},
                                              bool documents = true);
    /// movements() without the changes of bed inside a ward: the register of transfers.
    Result<QList<HospitalMovement>> transfers(const QDateTime& from = {}, const QDateTime& to = {});

private:
    Workspace& m_ws;
};

} // namespace wp::hospital
