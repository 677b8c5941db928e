#pragma once

#include "CatalogueEntry.h"

#include <QList>

namespace wp::orders {

/// The entries of one catalogue file, checked and ready to be added to a Catalogue.
struct CatalogueFile
{
    int version = 0;
    QList<Tube> tubes;
    QList<LabTest> tests;
    QList<Panel> panels;
    QList<ImagingExam> exams;
};

} // namespace wp::orders
