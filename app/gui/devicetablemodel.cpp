// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicetablemodel.h"

#include <QStringList>

namespace aicarbon {

namespace {

Precision peakOf(int column)
{
    switch (column) {
    case DeviceTableModel::Fp32:
        return Precision::Fp32;
    case DeviceTableModel::Bf16:
        return Precision::Bf16;
    case DeviceTableModel::Fp8:
        return Precision::Fp8;
    default:
        return Precision::Fp16;
    }
}

bool isPeakColumn(int column)
{
    return column >= DeviceTableModel::Fp32 && column <= DeviceTableModel::Fp8;
}

} // namespace

DeviceTableModel::DeviceTableModel(QObject* parent)
    : CatalogModel(parent)
{
    const QString peak = tr("Dense %1 peak in TFLOP/s (no sparsity)");
    setColumns({
        {tr("Name"), {}, false},
        {tr("Kind"), {}, false},
        {tr("Year"), tr("Release year"), true},
        {tr("TDP\nW"), tr("Thermal design power (board or module), W"), true},
        {tr("FP32\nTFLOP/s"), peak.arg(QStringLiteral("FP32")), true},
        {tr("BF16\nTFLOP/s"), peak.arg(QStringLiteral("BF16")), true},
        {tr("FP16\nTFLOP/s"), peak.arg(QStringLiteral("FP16")), true},
        {tr("FP8\nTFLOP/s"), peak.arg(QStringLiteral("FP8")), true},
        {tr("Memory\nGB"), tr("Device memory, GB (10⁹ bytes)"), true},
        {tr("Source"), {}, false},
        {tr("Id"), tr("The id scenario files and aicarbon-cli use"), false},
    });
}

void DeviceTableModel::setRecords(std::vector<DeviceRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    std::vector<QString> search;
    search.reserve(m_records.size());
    for (const DeviceRecord& d : m_records)
        search.push_back(fold(d.id + ' ' + d.vendor + ' ' + d.name + ' ' + d.kind));
    setSearchTexts(std::move(search));
    endResetModel();
}

int DeviceTableModel::rowOf(const QString& id) const
{
    const std::string key = id.toStdString();
    for (std::size_t row = 0; row < m_records.size(); ++row) {
        if (m_records[row].id == key)
            return static_cast<int>(row);
    }
    return -1;
}

QString DeviceTableModel::kindName(const std::string& kind)
{
    if (kind == "gpu")
        return tr("GPU");
    if (kind == "tpu")
        return tr("TPU");
    if (kind == "cpu")
        return tr("CPU");
    if (kind == "accelerator")
        return tr("Accelerator");
    return text(kind);
}

QVariant DeviceTableModel::displayValue(int row, int column) const
{
    const DeviceRecord& d = record(row);
    if (isPeakColumn(column))
        return exact(d.peak(peakOf(column)));
    switch (column) {
    case Name:
        return text(d.name);
    case Kind:
        return kindName(d.kind);
    case Year:
        return d.releaseYear ? QString::number(*d.releaseYear) : QString();
    case Tdp:
        return exact(d.tdpW);
    case Memory:
        return exact(d.memoryGb);
    case Id:
        return text(d.id);
    case Source:
        return d.userDefined ? tr("yours") : text(d.source);
    default:
        return {};
    }
}

QVariant DeviceTableModel::sortValue(int row, int column) const
{
    const DeviceRecord& d = record(row);
    if (isPeakColumn(column))
        return raw(d.peak(peakOf(column)));
    switch (column) {
    case Year:
        return raw(d.releaseYear);
    case Tdp:
        return raw(d.tdpW);
    case Memory:
        return raw(d.memoryGb);
    default:
        return displayValue(row, column);
    }
}

QString DeviceTableModel::toolTip(int row, int column) const
{
    const DeviceRecord& d = record(row);
    if (column == Source) {
        QString tip = sourceText(d.source);
        if (!d.sourceDetail.empty())
            tip += QStringLiteral("\n") + text(d.sourceDetail);
        return tip;
    }
    return summary(d);
}

QString DeviceTableModel::summary(const DeviceRecord& d) const
{
    QStringList lines {text(d.vendor) + QLatin1Char(' ') + text(d.name)
                       + (d.userDefined ? tr(" (your own entry)") : QString())};
    lines << tr("Id: %1").arg(text(d.id));
    if (d.tdpW)
        lines << tr("TDP: %1 W (%2)").arg(exact(d.tdpW), text(d.powerBasis));
    if (d.idleW)
        lines << tr("Idle: %1 W").arg(exact(d.idleW));
    const QString rates = peaks(d);
    if (!rates.isEmpty())
        lines << tr("Dense peaks, TFLOP/s: %1").arg(rates);
    if (d.processNm || d.dieAreaMm2)
        lines << tr("Process: %1 nm, die %2 mm²").arg(exact(d.processNm), exact(d.dieAreaMm2));
    if (d.embodiedKgCo2e)
        lines << tr("Embodied: %1 kg CO₂e (%2)").arg(exact(d.embodiedKgCo2e), text(d.embodiedSource));
    lines << tr("Source: %1").arg(sourceText(d.source));
    if (!d.sourceDetail.empty())
        lines << text(d.sourceDetail);
    return lines.join(QLatin1Char('\n'));
}

QString DeviceTableModel::peaks(const DeviceRecord& d) const
{
    QStringList parts;
    for (const Precision p : kAllPrecisions) {
        if (d.peak(p))
            parts << QString::fromLatin1(toString(p).data(), static_cast<qsizetype>(toString(p).size()))
                         .toUpper()
                    + QLatin1Char(' ') + exact(d.peak(p));
    }
    return parts.join(QStringLiteral(", "));
}

QString DeviceTableModel::recordId(int row) const
{
    return text(record(row).id);
}

bool DeviceTableModel::isUserDefined(int row) const
{
    return record(row).userDefined;
}

} // namespace aicarbon
