// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogmodelproxy.h"
#include "cloudregiontablemodel.h"
#include "devicetablemodel.h"
#include "guitesthelpers.h"
#include "modeltablemodel.h"
#include "regiontablemodel.h"
#include "usercatalog.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>

#include <memory>

using namespace aicarbon;
using aicarbon::test::GuiFixture;

namespace {

std::vector<RegionRow> regionRows(const Catalog& catalog)
{
    std::vector<RegionRow> rows;
    for (const RegionRecord& region : catalog.regions())
        rows.push_back({region, catalog.intensity(region.id)});
    return rows;
}

std::vector<CloudRegionRow> cloudRows(const Catalog& catalog)
{
    std::vector<CloudRegionRow> rows;
    for (const CloudRegionRecord& cloud : catalog.cloudRegions()) {
        const std::optional<RegionRecord> grid = catalog.region(cloud.gridRegion);
        rows.push_back({cloud, grid ? grid->name : std::string(), catalog.intensity(cloud.gridRegion),
                        cloud.pue ? std::nullopt : catalog.pueDefault("global")});
    }
    return rows;
}

/// The model of `kind` over the fixture catalog, watched by a QAbstractItemModelTester
/// from before its first reset; `reload` resets it again with a subset, then everything.
struct WatchedModel
{
    std::unique_ptr<CatalogModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

WatchedModel watched(const QString& kind, const Catalog& catalog, bool subsetFirst)
{
    WatchedModel w;
    const auto take = [subsetFirst](auto rows) {
        if (subsetFirst && !rows.empty())
            rows.resize(1);
        return rows;
    };
    if (kind == QLatin1String("devices")) {
        auto* m = new DeviceTableModel;
        w.model.reset(m);
        w.tester = std::make_unique<QAbstractItemModelTester>(
            m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m->setRecords(take(catalog.devices()));
        m->setRecords(catalog.devices());
    } else if (kind == QLatin1String("regions")) {
        auto* m = new RegionTableModel;
        w.model.reset(m);
        w.tester = std::make_unique<QAbstractItemModelTester>(
            m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m->setRecords(take(regionRows(catalog)));
        m->setRecords(regionRows(catalog));
    } else if (kind == QLatin1String("cloud regions")) {
        auto* m = new CloudRegionTableModel;
        w.model.reset(m);
        w.tester = std::make_unique<QAbstractItemModelTester>(
            m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m->setRecords(take(cloudRows(catalog)));
        m->setRecords(cloudRows(catalog));
    } else {
        auto* m = new ModelTableModel;
        w.model.reset(m);
        w.tester = std::make_unique<QAbstractItemModelTester>(
            m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m->setRecords(take(catalog.models()));
        m->setRecords(catalog.models());
    }
    w.model->setSources(catalog.sources());
    return w;
}

/// Column of `title` (the header text with line breaks as spaces).
int columnOf(const QAbstractItemModel& model, const QString& title)
{
    for (int column = 0; column < model.columnCount(); ++column) {
        if (model.headerData(column, Qt::Horizontal).toString().replace(QLatin1Char('\n'), QLatin1Char(' '))
            == title)
            return column;
    }
    return -1;
}

int rowOfId(const QAbstractItemModel& model, const QString& id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(IdRole).toString() == id)
            return row;
    }
    return -1;
}

} // namespace

class TestCatalogModels : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTesterAndCountsFixtureRows_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("subsetFirst");
        QTest::addColumn<int>("rows");
        QTest::newRow("4 devices") << QStringLiteral("devices") << false << 4;
        QTest::newRow("4 devices after a reset from 1") << QStringLiteral("devices") << true << 4;
        QTest::newRow("5 regions") << QStringLiteral("regions") << false << 5;
        QTest::newRow("5 regions after a reset from 1") << QStringLiteral("regions") << true << 5;
        QTest::newRow("2 cloud regions") << QStringLiteral("cloud regions") << false << 2;
        QTest::newRow("2 cloud regions after a reset from 1") << QStringLiteral("cloud regions") << true << 2;
        QTest::newRow("1 model") << QStringLiteral("models") << false << 1;
    }
    void passesModelTesterAndCountsFixtureRows()
    {
        QFETCH(QString, kind);
        QFETCH(bool, subsetFirst);
        QFETCH(int, rows);
        GuiFixture f;
        WatchedModel w = watched(kind, f.catalog, subsetFirst);
        QCOMPARE(w.model->rowCount(), rows);
        // Every cell answers every role the views ask for, and headers are never empty.
        for (int column = 0; column < w.model->columnCount(); ++column) {
            QVERIFY(!w.model->headerData(column, Qt::Horizontal).toString().isEmpty());
            for (int row = 0; row < w.model->rowCount(); ++row) {
                const QModelIndex index = w.model->index(row, column);
                QVERIFY(index.data(Qt::DisplayRole).canConvert<QString>());
                QVERIFY(!index.data(IdRole).toString().isEmpty());
            }
        }
        w.model->setDisplayFormat(
            DisplayFormat(QLocale(QLocale::German), MassUnit::Automatic, EnergyUnit::Automatic));
    }

    void numbersFollowTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("bf16");
        QTest::addColumn<QString>("fp8");
        QTest::newRow("English: 989.4, 1,978.9")
            << QLocale(QLocale::English) << QStringLiteral("989.4") << QStringLiteral("1,978.9");
        QTest::newRow("German: 989,4, 1.978,9")
            << QLocale(QLocale::German) << QStringLiteral("989,4") << QStringLiteral("1.978,9");
    }
    void numbersFollowTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, bf16);
        QFETCH(QString, fp8);
        GuiFixture f;
        DeviceTableModel model;
        model.setDisplayFormat(DisplayFormat(locale, MassUnit::Automatic, EnergyUnit::Automatic));
        model.setRecords(f.catalog.devices());
        const int h100 = model.rowOf(QStringLiteral("nvidia-h100-sxm5-80gb"));
        QVERIFY(h100 >= 0);
        QCOMPARE(model.index(h100, DeviceTableModel::Bf16).data().toString(), bf16);
        QCOMPARE(model.index(h100, DeviceTableModel::Fp8).data().toString(), fp8);
        // The raw value sorts: a double, the same in every locale.
        QCOMPARE(model.index(h100, DeviceTableModel::Fp8).data(SortRole).typeId(), QMetaType::Double);
        QCOMPARE(model.index(h100, DeviceTableModel::Fp8).data(SortRole).toDouble(), 1978.9);
    }

    void unknownValuesAreEmptyAndSortAsUnknown()
    {
        GuiFixture f;
        DeviceTableModel model;
        model.setRecords(f.catalog.devices());
        const int v100 = model.rowOf(QStringLiteral("nvidia-v100-sxm2-32gb"));
        QVERIFY(model.index(v100, DeviceTableModel::Bf16).data().toString().isEmpty());
        QVERIFY(!model.index(v100, DeviceTableModel::Bf16).data(SortRole).isValid());
        QCOMPARE(model.index(v100, DeviceTableModel::Tdp).data().toString(), QStringLiteral("300"));
    }

    void toolTipsNameTheSource()
    {
        GuiFixture f;
        DeviceTableModel model;
        model.setSources(f.catalog.sources());
        model.setRecords(f.catalog.devices());
        const QString tip = model.index(0, DeviceTableModel::Source).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Data on Machine Learning Hardware")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("Epoch AI")));
        QCOMPARE(model.index(0, DeviceTableModel::Source).data().toString(),
                 QStringLiteral("epoch-ml-hardware"));
        const QString row = model.index(0, DeviceTableModel::Name).data(Qt::ToolTipRole).toString();
        QVERIFY2(row.contains(QStringLiteral("Source:")), qPrintable(row));
    }

    void regionsShowTheLatestIntensity()
    {
        GuiFixture f;
        RegionTableModel model;
        model.setSources(f.catalog.sources());
        model.setRecords(regionRows(f.catalog));
        const int qc = model.rowOf(QStringLiteral("CA-QC"));
        QVERIFY(qc >= 0);
        QCOMPARE(model.index(qc, RegionTableModel::Name).data().toString(), QStringLiteral("Québec"));
        QCOMPARE(model.index(qc, RegionTableModel::Intensity).data(SortRole).toDouble(), 35.0);
        QCOMPARE(model.index(qc, RegionTableModel::Year).data().toString(), QStringLiteral("2024"));
        QCOMPARE(model.index(qc, RegionTableModel::Basis).data().toString(), QStringLiteral("lifecycle"));
        QCOMPARE(model.index(qc, RegionTableModel::Cfe).data().toString(), QStringLiteral("99"));
        QCOMPARE(model.index(qc, RegionTableModel::Source).data().toString(),
                 QStringLiteral("electricitymaps"));
        QVERIFY(model.index(qc, RegionTableModel::Source)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("ODbL-1.0")));
        const int fr = model.rowOf(QStringLiteral("FR"));
        QCOMPARE(model.index(fr, RegionTableModel::Year).data(SortRole).toInt(), 2024);
        QCOMPARE(model.index(fr, RegionTableModel::Intensity).data(SortRole).toDouble(), 40.48);
        // The search key is folded: "quebec" finds "Québec".
        QVERIFY(model.index(qc, 0).data(SearchRole).toString().contains(QStringLiteral("quebec")));
    }

    void cloudRegionsShowGridAndDefaultPue()
    {
        GuiFixture f;
        CloudRegionTableModel model;
        model.setSources(f.catalog.sources());
        model.setRecords(cloudRows(f.catalog));
        QCOMPARE(model.rowCount(), 2);
        int gcp = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(IdRole).toString() == QLatin1String("gcp:europe-west1"))
                gcp = row;
        }
        QVERIFY(gcp >= 0);
        QCOMPARE(model.index(gcp, CloudRegionTableModel::GridRegion).data().toString(),
                 QStringLiteral("Belgium (BE)"));
        QCOMPARE(model.index(gcp, CloudRegionTableModel::Intensity).data(SortRole).toDouble(), 126.96);
        QCOMPARE(model.index(gcp, CloudRegionTableModel::Pue).data(SortRole).toDouble(), 1.56);
        QVERIFY(model.index(gcp, CloudRegionTableModel::Pue)
                    .data()
                    .toString()
                    .contains(QStringLiteral("default")));
        QVERIFY(model.index(gcp, CloudRegionTableModel::Pue)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Uptime")));
    }

    void modelsShowCompactCounts()
    {
        GuiFixture f;
        ModelTableModel model;
        model.setRecords(f.catalog.models());
        QCOMPARE(model.index(0, ModelTableModel::Parameters).data().toString(), QStringLiteral("175 B"));
        QCOMPARE(model.index(0, ModelTableModel::Tokens).data().toString(), QStringLiteral("300 B"));
        QCOMPARE(model.index(0, ModelTableModel::Parameters).data(SortRole).toDouble(), 175e9);
        QCOMPARE(model.index(0, ModelTableModel::DeviceCount).data().toString(), QStringLiteral("10,000"));
    }

    void countsKeepTheirDigits_data()
    {
        QTest::addColumn<double>("parameters");
        QTest::addColumn<QString>("shown");
        QTest::newRow("GPT-3 2.7B") << 2.7e9 << QStringLiteral("2.7 B");
        QTest::newRow("GPT-3 XL 1.3B") << 1.3e9 << QStringLiteral("1.3 B");
        QTest::newRow("Llama 3.1 8B") << 8.03e9 << QStringLiteral("8.03 B");
        QTest::newRow("BLOOM 176B") << 176.247e9 << QStringLiteral("176 B");
        QTest::newRow("ResNet-50") << 25557032.0 << QStringLiteral("25.6 M");
        QTest::newRow("15.6 T tokens") << 15.6e12 << QStringLiteral("15.6 T");
        QTest::newRow("a thousand") << 1000.0 << QStringLiteral("1,000");
    }
    void countsKeepTheirDigits()
    {
        QFETCH(double, parameters);
        QFETCH(QString, shown);
        ModelRecord m;
        m.id = "m";
        m.name = "M";
        m.parameters = parameters;
        ModelTableModel model;
        model.setDisplayFormat(
            DisplayFormat(QLocale(QLocale::English), MassUnit::Automatic, EnergyUnit::Automatic));
        model.setRecords({m});
        QCOMPARE(model.index(0, ModelTableModel::Parameters).data().toString(), shown);
    }

    void proxySearchFoldsCaseAndAccents_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("rows");
        QTest::newRow("québec") << QStringLiteral("québec") << 1;
        QTest::newRow("quebec") << QStringLiteral("quebec") << 1;
        QTest::newRow("QUÉBEC") << QStringLiteral("QUÉBEC") << 1;
        QTest::newRow("Quebec with spaces") << QStringLiteral("  Quebec ") << 1;
        QTest::newRow("two words: united states") << QStringLiteral("states united") << 1;
        QTest::newRow("regex characters are literal") << QStringLiteral("fr.*") << 0;
        QTest::newRow("empty") << QString() << 5;
    }
    void proxySearchFoldsCaseAndAccents()
    {
        QFETCH(QString, search);
        QFETCH(int, rows);
        GuiFixture f;
        RegionTableModel model;
        CatalogModelProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setRecords(regionRows(f.catalog));
        proxy.setSearchText(search);
        QCOMPARE(proxy.rowCount(), rows);
        if (rows == 1 && search.contains(QStringLiteral("ebec"), Qt::CaseInsensitive))
            QCOMPARE(proxy.index(0, 0).data(IdRole).toString(), QStringLiteral("CA-QC"));
        model.setRecords(regionRows(f.catalog)); // a reset keeps the search
        QCOMPARE(proxy.rowCount(), rows);
    }

    void proxySortsNumbersAsNumbersAndUnknownLast_data()
    {
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("BF16 ascending")
            << int(Qt::AscendingOrder)
            << QStringList {QStringLiteral("lab-card"), QStringLiteral("nvidia-a100-sxm4-80gb"),
                            QStringLiteral("nvidia-h100-sxm5-80gb")};
        QTest::newRow("BF16 descending")
            << int(Qt::DescendingOrder)
            << QStringList {QStringLiteral("nvidia-h100-sxm5-80gb"), QStringLiteral("nvidia-a100-sxm4-80gb"),
                            QStringLiteral("lab-card")};
    }
    void proxySortsNumbersAsNumbersAndUnknownLast()
    {
        QFETCH(int, order);
        QFETCH(QStringList, ids);
        GuiFixture f;
        std::vector<DeviceRecord> devices = f.catalog.devices();
        DeviceRecord mine; // 1,000 W and 95 TFLOP/s: "1,000" < "300" and "95" > "312" as text
        mine.id = "lab-card";
        mine.name = "Lab card";
        mine.tdpW = 1000;
        mine.peakTflops[std::size_t(Precision::Bf16)] = 95;
        devices.push_back(mine);
        DeviceTableModel model;
        model.setDisplayFormat(
            DisplayFormat(QLocale(QLocale::English), MassUnit::Automatic, EnergyUnit::Automatic));
        model.setRecords(devices);
        CatalogModelProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(DeviceTableModel::Bf16, Qt::SortOrder(order));
        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown << proxy.index(row, 0).data(IdRole).toString();
        QCOMPARE(shown.mid(0, 3), ids);
        // V100 and P100 have no BF16 peak: last in both orders.
        QVERIFY(proxy.index(3, DeviceTableModel::Bf16).data().toString().isEmpty());
        QVERIFY(proxy.index(4, DeviceTableModel::Bf16).data().toString().isEmpty());
        proxy.sort(DeviceTableModel::Tdp, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, DeviceTableModel::Tdp).data().toString(), QStringLiteral("1,000"));
        QCOMPARE(proxy.index(1, DeviceTableModel::Tdp).data().toString(), QStringLiteral("700"));
    }

    void userRowsAreMarked()
    {
        GuiFixture f;
        UserCatalog user(f.dir.filePath(QStringLiteral("user.sqlite")).toStdString());
        f.catalog.attachUserCatalog(user.path());
        DeviceRecord mine;
        mine.id = "lab-card";
        mine.vendor = "Lab";
        mine.name = "Lab accelerator";
        mine.tdpW = 350;
        QVERIFY(user.putDevice(mine).empty());
        DeviceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(f.catalog.devices());
        QCOMPARE(model.rowCount(), 5);
        const int row = rowOfId(model, QStringLiteral("lab-card"));
        QVERIFY(row >= 0);
        QVERIFY(model.index(row, 0).data(UserDefinedRole).toBool());
        QVERIFY(qvariant_cast<QFont>(model.index(row, 3).data(Qt::FontRole)).italic());
        QVERIFY(!model.index(row, 0).data(Qt::DecorationRole).isNull());
        QCOMPARE(model.index(row, DeviceTableModel::Source).data().toString(), QStringLiteral("yours"));
        const int shipped = rowOfId(model, QStringLiteral("nvidia-a100-sxm4-80gb"));
        QVERIFY(!model.index(shipped, 0).data(UserDefinedRole).toBool());
        QVERIFY(!model.index(shipped, 0).data(Qt::FontRole).isValid());
        QCOMPARE(columnOf(model, QStringLiteral("TDP W")), int(DeviceTableModel::Tdp));
    }
};

QTEST_MAIN(TestCatalogModels)
#include "tst_catalogmodels.moc"
