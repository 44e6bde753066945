#pragma once

#include "models/domain/residentfile.h"
#include "models/itemmodels/recordtablemodel.h"

// One line of the resident list: a search hit, or an occupant of the chosen house.
struct ResidentRow
{
    qint64 residentId = 0;
    QString name;
    QString phone;
    QString houses;
    QString role; // code; empty for search hits
    QDate start;
    QDate end;

    static ResidentRow fromHit(const ResidentHit &hit);
    static ResidentRow fromLink(const ResidenceLink &link);
};

using ResidentRowModel = RecordTableModel<ResidentRow>;
using ResidenceLinkModel = RecordTableModel<ResidenceLink>;
using VehicleModel = RecordTableModel<VehicleRecord>;
using PermitModel = RecordTableModel<DecorationPermit>;

// The tables of the resident files, with their columns.
namespace ResidentModels {
ResidentRowModel *residentRows(QObject *parent);
ResidenceLinkModel *links(QObject *parent);
VehicleModel *vehicles(QObject *parent);
PermitModel *permits(QObject *parent);
QString period(const QDate &start, const QDate &end);
} // namespace ResidentModels
