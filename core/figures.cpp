// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures.h"

namespace aicarbon {

namespace {

/// Every component is linear in device-hours; these are the per-device-hour rates.
struct Rates
{
    Energy itPerDeviceHour;
    Energy facilityPerDeviceHour;
    Mass operationalPerDeviceHour;
    double marketShare;
    Mass embodiedPerDeviceHour;
};

Rates ratesOf(const ResolvedInputs& in)
{
    const Energy it = energyOver(in.devicePower + in.hostPower, Duration::fromHours(1.0));
    const Energy facility = it * in.pue;
    return {it, facility, emissionsOf(facility, in.intensity), 1.0 - in.carbonFreeFraction,
            Mass::fromKilograms(in.embodiedKgPerDeviceHour)};
}

ComponentFigures component(Duration deviceTime, const Rates& r)
{
    const double h = deviceTime.hours();
    const Mass operational = r.operationalPerDeviceHour * h;
    return {deviceTime,  r.itPerDeviceHour * h,       r.facilityPerDeviceHour * h,
            operational, operational * r.marketShare, r.embodiedPerDeviceHour * h};
}

ComponentFigures sum(const ComponentFigures& a, const ComponentFigures& b, const ComponentFigures& c)
{
    return {a.deviceTime + b.deviceTime + c.deviceTime,
            a.itEnergy + b.itEnergy + c.itEnergy,
            a.facilityEnergy + b.facilityEnergy + c.facilityEnergy,
            a.operational + b.operational + c.operational,
            a.marketBased + b.marketBased + c.marketBased,
            a.embodied + b.embodied + c.embodied};
}

} // namespace

Figures computeFigures(const ResolvedInputs& in) noexcept
{
    Figures f;
    f.trainingFlops = in.trainingFlops;
    const bool accounting = in.fixedDeviceHours > 0.0;
    // Device-seconds = FLOPs / (peak × MFU) (methodology §2).
    const Duration finalTime = accounting
        ? Duration::fromHours(in.fixedDeviceHours)
        : Duration::fromSeconds(in.trainingFlops / (in.peakFlopsPerSecond * in.mfu));
    const double capacity = in.peakFlopsPerSecond * finalTime.seconds();
    f.mfu =
        !accounting ? in.mfu : (in.trainingFlops > 0.0 && capacity > 0.0 ? in.trainingFlops / capacity : 0.0);
    f.wallClock = finalTime / in.deviceCount;

    const Rates rates = ratesOf(in);
    const Duration searchTime = finalTime * in.searchRuns;
    const Duration developmentTime = (finalTime + searchTime) * (in.developmentMultiplier - 1.0);
    f.finalRun = component(finalTime, rates);
    f.search = component(searchTime, rates);
    f.development = component(developmentTime, rates);
    f.total = sum(f.finalRun, f.search, f.development);
    f.totalEmissions = f.total.operational + f.total.embodied;

    f.computeCost = in.pricePerDeviceHour * f.total.deviceTime.hours();
    f.carbonCost = in.carbonPricePerTonne * f.totalEmissions.tonnes();
    f.totalCost = f.computeCost + f.carbonCost;
    return f;
}

} // namespace aicarbon
