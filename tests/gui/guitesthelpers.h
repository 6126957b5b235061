// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontext.h"
#include "appsettings.h"
#include "catalog.h"
#include "scenariodocument.h"
#include "testhelpers.h"

#include <QTemporaryDir>

#include <memory>

namespace aicarbon::test {

/// A document over the fixture catalog with settings in a temporary file: what a GUI test
/// needs to build any view.
struct GuiFixture
{
    GuiFixture()
        : catalog(fixtureCatalog())
        , settings(dir.filePath(QStringLiteral("settings.ini")))
        , document(&catalog)
    {
        context.document = &document;
        context.catalog = &catalog;
        context.settings = &settings;
    }

    /// A valid planning scenario on the fixture catalog.
    static Scenario plan(const std::string& name, const std::string& region = "FR", double count = 8)
    {
        Scenario s;
        s.name = name;
        s.workload.parameters = 1e9;
        s.workload.tokens = 2e10;
        s.hardware.device = "nvidia-a100-sxm4-80gb";
        s.hardware.count = count;
        s.facility.region = region;
        return s;
    }

    /// GPT-3 from its preset on 10,000 V100 at the published 21.3% MFU (the
    /// examples/gpt3-175b-v100.json plan); needs the full catalog.
    static Scenario gpt3Plan()
    {
        Scenario s;
        s.name = "GPT-3 175B on 10,000 V100";
        s.workload.model = "gpt3-175b";
        s.hardware.device = "nvidia-v100-sxm2-32gb";
        s.hardware.count = 10000;
        s.hardware.precision = Precision::Fp16;
        s.hardware.mfu = 0.213;
        s.facility.region = "US";
        s.facility.pue = 1.1;
        s.cost.pricePerDeviceHour = 2.48;
        s.cost.currency = "USD";
        return s;
    }

    QTemporaryDir dir;
    Catalog catalog;
    AppSettings settings;
    ScenarioDocument document;
    AppContext context;
};

} // namespace aicarbon::test
