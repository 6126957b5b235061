// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogmodel.h"
#include "databrowser.h"
#include "datasourcesdialog.h"
#include "devicetablemodel.h"
#include "guitesthelpers.h"
#include "preferencesdialog.h"
#include "usercatalog.h"
#include "userdevicedialog.h"
#include "userregiondialog.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <functional>

using namespace aicarbon;
using aicarbon::test::GuiFixture;

namespace {

enum Tab
{
    DevicesTab,
    RegionsTab,
    CloudTab,
    ModelsTab
};

/// A GuiFixture with the user catalog attached, as the main window sets it up.
struct UserFixture : GuiFixture
{
    UserFixture()
        : user(dir.filePath(QStringLiteral("user.sqlite")).toStdString())
    {
        catalog.attachUserCatalog(user.path());
        context.userCatalog = &user;
    }
    UserCatalog user;
};

QTableView* view(const DataBrowser& browser, const char* name)
{
    return browser.findChild<QTableView*>(QString::fromLatin1(name));
}

QPushButton* button(const QWidget& widget, const char* name)
{
    return widget.findChild<QPushButton*>(QString::fromLatin1(name));
}

QLineEdit* field(const QWidget& dialog, const char* name)
{
    return dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
}

QPushButton* saveButton(const QWidget& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
}

/// Ids of the rows a view shows, in its order.
QStringList shownIds(const QTableView* view)
{
    QStringList ids;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        ids << view->model()->index(row, 0).data(IdRole).toString();
    return ids;
}

/// Selects the row of `id` in the view; false when it is not shown.
bool selectId(QTableView* view, const QString& id)
{
    const int row = static_cast<int>(shownIds(view).indexOf(id));
    if (row < 0)
        return false;
    view->selectRow(row);
    return true;
}

/// Runs `action` on the next modal widget of type T once it is open (for QDialog::exec()).
template<class T>
void onNextModal(std::function<void(T*)> action)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(5);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, action] {
        auto* modal = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!modal)
            return;
        timer->stop();
        timer->deleteLater();
        action(modal);
    });
    timer->start();
}

/// Presses the button with `role` of the next message box; records its text.
void answerNextMessageBox(QMessageBox::ButtonRole role, QString* text = nullptr)
{
    onNextModal<QMessageBox>([role, text](QMessageBox* box) {
        if (text)
            *text = box->text() + QLatin1Char('\n') + box->informativeText();
        for (QAbstractButton* b : box->buttons()) {
            if (box->buttonRole(b) == role)
                return b->click();
        }
        box->reject();
    });
}

/// Replaces the text as typing does (key events, so textEdited is emitted); keyClicks()
/// takes ASCII only, "é" goes as a key event with its text.
void typeInto(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace

/// Receives the URLs QDesktopServices would hand to the system.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    Q_INVOKABLE void open(const QUrl& url) { urls << url; }
    QList<QUrl> urls;
};

class TestDataBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void tablesShowTheFixtureCatalog()
    {
        GuiFixture f;
        DataBrowser browser(f.context);
        QCOMPARE(view(browser, "devicesView")->model()->rowCount(), 4);
        QCOMPARE(view(browser, "regionsView")->model()->rowCount(), 5);
        QCOMPARE(view(browser, "cloudRegionsView")->model()->rowCount(), 2);
        QCOMPARE(view(browser, "modelsView")->model()->rowCount(), 1);
        auto* tabs = browser.findChild<QTabWidget*>(QStringLiteral("tabs"));
        QCOMPARE(tabs->count(), 4);
        QVERIFY(tabs->tabText(DevicesTab).contains(QStringLiteral("(4)")));
        for (const char* name : {"devicesView", "regionsView", "cloudRegionsView", "modelsView"})
            QVERIFY(view(browser, name)->isSortingEnabled());
    }

    void searchIgnoresCaseAndAccents_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("regions");
        QTest::newRow("québec") << QStringLiteral("québec") << QStringList {QStringLiteral("CA-QC")};
        QTest::newRow("quebec") << QStringLiteral("quebec") << QStringList {QStringLiteral("CA-QC")};
        QTest::newRow("QUÉBEC") << QStringLiteral("QUÉBEC") << QStringList {QStringLiteral("CA-QC")};
        QTest::newRow("alias USA") << QStringLiteral("usa") << QStringList {QStringLiteral("US")};
        QTest::newRow("no match") << QStringLiteral("atlantis") << QStringList();
        QTest::newRow("empty shows all")
            << QString()
            << QStringList {QStringLiteral("WORLD"), QStringLiteral("FR"), QStringLiteral("BE"),
                            QStringLiteral("US"), QStringLiteral("CA-QC")};
    }
    void searchIgnoresCaseAndAccents()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, regions);
        GuiFixture f;
        DataBrowser browser(f.context);
        typeInto(browser.findChild<QLineEdit*>(QStringLiteral("searchEdit")), search);
        QStringList shown = shownIds(view(browser, "regionsView"));
        shown.sort();
        regions.sort();
        QCOMPARE(shown, regions);
    }

    void searchMatchesEveryWord()
    {
        GuiFixture f;
        DataBrowser browser(f.context);
        browser.findChild<QLineEdit*>(QStringLiteral("searchEdit"))
            ->setText(QStringLiteral("nvidia 80 a100"));
        QCOMPARE(shownIds(view(browser, "devicesView")),
                 QStringList {QStringLiteral("nvidia-a100-sxm4-80gb")});
        browser.findChild<QLineEdit*>(QStringLiteral("searchEdit"))->setText(QStringLiteral("Tesla"));
        QCOMPARE(shownIds(view(browser, "devicesView")).size(), 2);
    }

    void sortingByTdpIsNumeric()
    {
        UserFixture f;
        DeviceRecord big; // 1,000 W sorts after 700 W only when compared as numbers
        big.id = "big-card";
        big.vendor = "Lab";
        big.name = "Big card";
        big.tdpW = 1000;
        QVERIFY(f.user.putDevice(big).empty());
        DataBrowser browser(f.context);
        QTableView* devices = view(browser, "devicesView");
        const int tdp = DeviceTableModel::Tdp;
        QCOMPARE(devices->model()->headerData(tdp, Qt::Horizontal).toString(), QStringLiteral("TDP\nW"));
        devices->sortByColumn(tdp, Qt::AscendingOrder);
        QStringList shown;
        for (int row = 0; row < devices->model()->rowCount(); ++row)
            shown << devices->model()->index(row, tdp).data().toString();
        QCOMPARE(shown,
                 (QStringList {QStringLiteral("300"), QStringLiteral("300"), QStringLiteral("400"),
                               QStringLiteral("700"), QStringLiteral("1,000")}));
        devices->sortByColumn(tdp, Qt::DescendingOrder);
        QCOMPARE(shownIds(devices).front(), QStringLiteral("big-card"));
    }

    void withoutUserCatalogNothingIsEditable()
    {
        GuiFixture f;
        DataBrowser browser(f.context);
        view(browser, "devicesView")->selectRow(0);
        QVERIFY(!button(browser, "addButton")->isEnabled());
        QVERIFY(!button(browser, "editButton")->isEnabled());
        QVERIFY(!button(browser, "deleteButton")->isEnabled());
    }

    void editAndDeleteOnlyWhereAllowed()
    {
        UserFixture f;
        DataBrowser browser(f.context);
        browser.show();
        QVERIFY(button(browser, "addButton")->isEnabled());
        QVERIFY(!button(browser, "editButton")->isEnabled()); // nothing selected
        QVERIFY(selectId(view(browser, "devicesView"), QStringLiteral("nvidia-a100-sxm4-80gb")));
        QVERIFY(button(browser, "editButton")->isEnabled()); // creates an override
        QVERIFY(!button(browser, "deleteButton")->isEnabled()); // shipped rows cannot be deleted
        browser.findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentIndex(ModelsTab);
        QVERIFY(!button(browser, "addButton")->isVisible());
    }

    void addDeviceThroughTheDialog()
    {
        UserFixture f;
        DataBrowser browser(f.context);
        QSignalSpy changed(&browser, &DataBrowser::userCatalogChanged);
        bool saveWasEnabled = false;
        onNextModal<UserDeviceDialog>([&saveWasEnabled](UserDeviceDialog* dialog) {
            typeInto(field(*dialog, "vendor"), QStringLiteral("Lab"));
            typeInto(field(*dialog, "name"), QStringLiteral("Lab card X1"));
            typeInto(field(*dialog, "tdp_w"), QStringLiteral("350"));
            typeInto(field(*dialog, "bf16_tflops"), QStringLiteral("200"));
            saveWasEnabled = saveButton(*dialog)->isEnabled();
            saveButton(*dialog)->click();
        });
        button(browser, "addButton")->click();
        QVERIFY(saveWasEnabled);
        QCOMPARE(changed.count(), 1);
        QTableView* devices = view(browser, "devicesView");
        QCOMPARE(devices->model()->rowCount(), 5);
        const int row = static_cast<int>(shownIds(devices).indexOf(QStringLiteral("lab-lab-card-x1")));
        QVERIFY2(row >= 0, qPrintable(shownIds(devices).join(QLatin1Char(' '))));
        QVERIFY(devices->model()->index(row, 0).data(UserDefinedRole).toBool());
        QCOMPARE(devices->model()->index(row, DeviceTableModel::Source).data().toString(),
                 QStringLiteral("yours"));
        QCOMPARE(devices->selectionModel()->selectedRows().front().row(), row); // the new row is selected
        QCOMPARE(f.catalog.device("lab-lab-card-x1")->tdpW, std::optional<double>(350));
    }

    void invalidTdpShowsInlineMessageAndKeepsSaveDisabled()
    {
        GuiFixture f;
        UserDeviceDialog dialog(&f.catalog, UserDeviceDialog::Mode::Add);
        QVERIFY(!saveButton(dialog)->isEnabled()); // no id and no name yet
        typeInto(field(dialog, "name"), QStringLiteral("Furnace"));
        typeInto(field(dialog, "tdp_w"), QStringLiteral("3000"));
        auto* message = dialog.findChild<QLabel*>(QStringLiteral("tdp_wMessage"));
        QVERIFY(!message->isHidden());
        QVERIFY2(message->text().contains(QStringLiteral("2,000 W")), qPrintable(message->text()));
        QVERIFY(!saveButton(dialog)->isEnabled());
        QVERIFY(!dialog.isValid());
        typeInto(field(dialog, "tdp_w"), QStringLiteral("300"));
        QVERIFY(message->isHidden());
        QVERIFY(saveButton(dialog)->isEnabled());
        QCOMPARE(dialog.device().id, std::string("furnace"));
    }

    void dialogMessagesSitNextToTheirFields_data()
    {
        QTest::addColumn<QString>("fieldName");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messageName");
        QTest::newRow("BF16 below FP32")
            << QStringLiteral("bf16_tflops") << QStringLiteral("5") << QStringLiteral("bf16_tflopsMessage");
        QTest::newRow("negative FP8 peak")
            << QStringLiteral("fp8_tflops") << QStringLiteral("-1") << QStringLiteral("peak_tflopsMessage");
        QTest::newRow("idle above TDP")
            << QStringLiteral("idle_w") << QStringLiteral("900") << QStringLiteral("idle_wMessage");
        QTest::newRow("not a number")
            << QStringLiteral("memory_gb") << QStringLiteral("eighty") << QStringLiteral("memory_gbMessage");
    }
    void dialogMessagesSitNextToTheirFields()
    {
        QFETCH(QString, fieldName);
        QFETCH(QString, text);
        QFETCH(QString, messageName);
        GuiFixture f;
        UserDeviceDialog dialog(&f.catalog, UserDeviceDialog::Mode::Edit);
        dialog.setDevice(*f.catalog.device("nvidia-a100-sxm4-80gb"));
        QVERIFY(saveButton(dialog)->isEnabled());
        typeInto(dialog.findChild<QLineEdit*>(fieldName), text);
        QVERIFY(!dialog.findChild<QLabel*>(messageName)->isHidden());
        QVERIFY(!saveButton(dialog)->isEnabled());
    }

    void shippedIdIsNotedWhenAdding()
    {
        GuiFixture f;
        UserDeviceDialog dialog(&f.catalog, UserDeviceDialog::Mode::Add);
        typeInto(field(dialog, "id"), QStringLiteral("nvidia-a100-sxm4-80gb"));
        const QString note = dialog.findChild<QLabel*>(QStringLiteral("idMessage"))->text();
        QVERIFY2(note.contains(QStringLiteral("shipped")), qPrintable(note));
    }

    void editingAShippedDeviceCreatesAnOverrideAfterConfirmation()
    {
        UserFixture f;
        DataBrowser browser(f.context);
        QSignalSpy changed(&browser, &DataBrowser::userCatalogChanged);
        QTableView* devices = view(browser, "devicesView");
        QVERIFY(selectId(devices, QStringLiteral("nvidia-a100-sxm4-80gb")));
        QString question;
        answerNextMessageBox(QMessageBox::AcceptRole, &question);
        onNextModal<UserDeviceDialog>([](UserDeviceDialog* dialog) {
            QVERIFY(field(*dialog, "id")->isReadOnly());
            typeInto(field(*dialog, "tdp_w"), QStringLiteral("330"));
            saveButton(*dialog)->click();
        });
        button(browser, "editButton")->click();
        QVERIFY2(question.contains(QStringLiteral("same id")), qPrintable(question));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(devices->model()->rowCount(), 4); // replaced, not added
        QCOMPARE(f.catalog.device("nvidia-a100-sxm4-80gb")->tdpW, std::optional<double>(330));
        QVERIFY(f.catalog.device("nvidia-a100-sxm4-80gb")->userDefined);
        QCOMPARE(f.user.devices().size(), std::size_t(1));
    }

    void cancellingTheConfirmationChangesNothing()
    {
        UserFixture f;
        DataBrowser browser(f.context);
        QSignalSpy changed(&browser, &DataBrowser::userCatalogChanged);
        QVERIFY(selectId(view(browser, "devicesView"), QStringLiteral("nvidia-a100-sxm4-80gb")));
        answerNextMessageBox(QMessageBox::RejectRole);
        button(browser, "editButton")->click();
        QCOMPARE(changed.count(), 0);
        QVERIFY(f.user.devices().empty());
    }

    void deleteRemovesTheUserDevice()
    {
        UserFixture f;
        DeviceRecord mine;
        mine.id = "lab-card";
        mine.vendor = "Lab";
        mine.name = "Lab card";
        mine.tdpW = 350;
        QVERIFY(f.user.putDevice(mine).empty());
        DataBrowser browser(f.context);
        QSignalSpy changed(&browser, &DataBrowser::userCatalogChanged);
        QTableView* devices = view(browser, "devicesView");
        QCOMPARE(devices->model()->rowCount(), 5);
        QVERIFY(selectId(devices, QStringLiteral("lab-card")));
        QVERIFY(button(browser, "deleteButton")->isEnabled());
        answerNextMessageBox(QMessageBox::RejectRole); // "Cancel" keeps it
        button(browser, "deleteButton")->click();
        QCOMPARE(devices->model()->rowCount(), 5);
        QCOMPARE(changed.count(), 0);
        answerNextMessageBox(QMessageBox::DestructiveRole);
        button(browser, "deleteButton")->click();
        QCOMPARE(devices->model()->rowCount(), 4);
        QVERIFY(!shownIds(devices).contains(QStringLiteral("lab-card")));
        QCOMPARE(changed.count(), 1);
        QVERIFY(f.user.devices().empty());
    }

    void addRegionThroughTheDialog()
    {
        UserFixture f;
        DataBrowser browser(f.context);
        QSignalSpy changed(&browser, &DataBrowser::userCatalogChanged);
        browser.findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentIndex(RegionsTab);
        bool refusedTooHigh = false;
        onNextModal<UserRegionDialog>([&refusedTooHigh](UserRegionDialog* dialog) {
            typeInto(field(*dialog, "id"), QStringLiteral("MY-DC"));
            typeInto(field(*dialog, "name"), QStringLiteral("Our data centre"));
            typeInto(field(*dialog, "g_per_kwh"), QStringLiteral("1500"));
            refusedTooHigh = !saveButton(*dialog)->isEnabled()
                && !dialog->findChild<QLabel*>(QStringLiteral("g_per_kwhMessage"))->isHidden();
            typeInto(field(*dialog, "g_per_kwh"), QStringLiteral("21.5"));
            typeInto(field(*dialog, "cfe_fraction"), QStringLiteral("90"));
            saveButton(*dialog)->click();
        });
        button(browser, "addButton")->click();
        QVERIFY(refusedTooHigh);
        QCOMPARE(changed.count(), 1);
        QTableView* regions = view(browser, "regionsView");
        QCOMPARE(regions->model()->rowCount(), 6);
        const int row = static_cast<int>(shownIds(regions).indexOf(QStringLiteral("MY-DC")));
        QVERIFY(row >= 0);
        QVERIFY(regions->model()->index(row, 0).data(UserDefinedRole).toBool());
        QCOMPARE(regions->model()->index(row, 4).data(SortRole).toDouble(), 21.5);
        QCOMPARE(f.catalog.intensity("MY-DC")->cfeFraction, std::optional<double>(0.9));
    }

    void dataSourcesListEverySourceWithClickableLinks()
    {
        GuiFixture f;
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
        DataSourcesDialog dialog(&f.catalog);
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("sourcesTable"));
        QCOMPARE(table->rowCount(), 8);
        QCOMPARE(table->columnCount(), 7);
        const QString summary = dialog.findChild<QLabel*>(QStringLiteral("summary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("test-fixture-1")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("2026")));
        int epoch = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == QLatin1String("epoch-ml-hardware"))
                epoch = row;
        }
        QVERIFY(epoch >= 0);
        QCOMPARE(table->item(epoch, 4)->text(), QStringLiteral("CC-BY-4.0"));
        const QRect cell = table->visualItemRect(table->item(epoch, 5)); // the link column
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QCOMPARE(catcher.urls,
                 QList<QUrl> {QUrl(QStringLiteral("https://epoch.ai/data/machine-learning-hardware"))});
        const QString attribution =
            dialog.findChild<QTextBrowser*>(QStringLiteral("attribution"))->toPlainText();
        for (const char* name : {"Our World in Data", "Ember", "Electricity Maps", "ODbL", "Epoch AI",
                                 "Google", "Cloud Carbon Footprint", "CodeCarbon", "ML CO2 Impact",
                                 "Green Algorithms", "CC BY 4.0", "Apache", "MIT"})
            QVERIFY2(attribution.contains(QString::fromUtf8(name)), name);
    }

    /// The real catalog at 1280×800: how fast the device filter is while typing, and
    /// screenshots of the browser and the dialogs when AICARBON_SCREENSHOT_DIR is set.
    void realCatalog()
    {
        if (!QFileInfo::exists(QStringLiteral(AICARBON_CATALOG_PATH)))
            QSKIP("the compiled catalog is not built");
        Catalog catalog(AICARBON_CATALOG_PATH);
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        UserCatalog user(dir.filePath(QStringLiteral("user.sqlite")).toStdString());
        DeviceRecord mine;
        mine.id = "lab-card";
        mine.vendor = "Lab";
        mine.name = "Lab accelerator (measured)";
        mine.tdpW = 350;
        mine.peakTflops[std::size_t(Precision::Bf16)] = 200;
        QVERIFY(user.putDevice(mine).empty());
        catalog.attachUserCatalog(user.path());
        AppContext context;
        context.catalog = &catalog;
        context.settings = &settings;
        context.userCatalog = &user;
        QElapsedTimer clock;
        clock.start();
        DataBrowser browser(context);
        const qint64 built = clock.elapsed();
        browser.resize(1280, 800);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QTableView* devices = view(browser, "devicesView");
        const int total = devices->model()->rowCount();
        QVERIFY(total > 700);
        auto* search = browser.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        QList<qint64> perKey;
        for (const QChar c : QStringLiteral("nvidia h100")) {
            clock.restart();
            QTest::keyClick(search, c.toLatin1());
            perKey << clock.nsecsElapsed() / 1000;
        }
        qInfo("DataBrowser over %d devices: built in %lld ms; filter per keystroke (µs, all four tables):",
              total, built);
        for (const qint64 us : perKey)
            qInfo("  %lld", us);
        QVERIFY(devices->model()->rowCount() >= 1);
        const QString shots = qEnvironmentVariable("AICARBON_SCREENSHOT_DIR");
        if (shots.isEmpty())
            return;
        search->clear();
        selectId(devices, QStringLiteral("nvidia-h100-sxm5-80gb"));
        browser.grab().save(shots + QStringLiteral("/databrowser-devices.png"));
        devices->sortByColumn(DeviceTableModel::Memory, Qt::DescendingOrder);
        browser.grab().save(shots + QStringLiteral("/databrowser-devices-sorted.png"));
        auto* tabs = browser.findChild<QTabWidget*>(QStringLiteral("tabs"));
        const char* names[] = {"devices", "regions", "cloud", "models"};
        for (int tab = RegionsTab; tab <= ModelsTab; ++tab) {
            tabs->setCurrentIndex(tab);
            browser.grab().save(shots
                                + QStringLiteral("/databrowser-%1.png").arg(QString::fromLatin1(names[tab])));
        }
        tabs->setCurrentIndex(RegionsTab);
        search->setText(QStringLiteral("quebec"));
        browser.grab().save(shots + QStringLiteral("/databrowser-regions-quebec.png"));
        UserDeviceDialog deviceDialog(&catalog, UserDeviceDialog::Mode::Add);
        deviceDialog.show();
        typeInto(field(deviceDialog, "name"), QStringLiteral("Furnace 9000"));
        typeInto(field(deviceDialog, "tdp_w"), QStringLiteral("3000"));
        typeInto(field(deviceDialog, "bf16_tflops"), QStringLiteral("10"));
        typeInto(field(deviceDialog, "fp32_tflops"), QStringLiteral("20"));
        QTest::qWait(50);
        deviceDialog.grab().save(shots + QStringLiteral("/userdevicedialog.png"));
        UserRegionDialog regionDialog(&catalog, UserRegionDialog::Mode::Edit);
        regionDialog.setRegion(*catalog.region("CA-QC"), catalog.intensity("CA-QC"));
        regionDialog.show();
        regionDialog.grab().save(shots + QStringLiteral("/userregiondialog.png"));
        DataSourcesDialog sources(&catalog);
        sources.show();
        sources.grab().save(shots + QStringLiteral("/datasourcesdialog.png"));
        PreferencesDialog preferences(&settings);
        preferences.show();
        preferences.findChild<QLineEdit*>(QStringLiteral("defaultMfu"))->setText(QStringLiteral("1.5"));
        QTest::qWait(50); // let the layout place the message
        preferences.grab().save(shots + QStringLiteral("/preferencesdialog.png"));
    }
};

QTEST_MAIN(TestDataBrowser)
#include "tst_databrowser.moc"
