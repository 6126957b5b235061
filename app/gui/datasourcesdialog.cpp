// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasourcesdialog.h"

#include "catalog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <array>

namespace aicarbon {

namespace {

enum Column
{
    IdColumn,
    TitleColumn,
    PublisherColumn,
    YearColumn,
    LicenceColumn,
    LinkColumn,
    VersionColumn, ///< last: often a long note (commit, snapshot), elided first
    ColumnCount
};

/// Widest each column may start (the last one stretches over the rest); long texts are
/// elided and shown whole in the tool tip.
constexpr std::array<int, ColumnCount> kMaxWidths {170, 210, 170, 60, 170, 250, 80};

const QString kCcBy = QStringLiteral("https://creativecommons.org/licenses/by/4.0/");
const QString kOdbl = QStringLiteral("https://opendatacommons.org/licenses/odbl/1-0/");
const QString kApache = QStringLiteral("https://www.apache.org/licenses/LICENSE-2.0");
const QString kMit = QStringLiteral("https://opensource.org/license/mit");
const QString kLgpl = QStringLiteral("https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html");

QString paragraph(const QString& what, const QString& licence, const QString& licenceUrl)
{
    QString html = QStringLiteral("<p>") + what.toHtmlEscaped();
    if (!licence.isEmpty())
        html += QStringLiteral(" <a href=\"%1\">%2</a>").arg(licenceUrl, licence.toHtmlEscaped());
    return html + QStringLiteral("</p>");
}

QTableWidgetItem* item(const QString& text)
{
    auto* cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    cell->setToolTip(text);
    return cell;
}

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

struct DataSourcesDialog::Private
{
    DataSourcesDialog* q;
    const Catalog* catalog;
    QTableWidget* table = nullptr;

    QLabel* buildSummary() const;
    QTableWidget* buildTable();
    void addRow(int row, const SourceRecord& source);
    void fitColumns();
    QTextBrowser* buildAttribution() const;
    QString attributionHtml() const;
    void openLink(int row, int column) const;
    void hover(int row, int column) const;
};

DataSourcesDialog::DataSourcesDialog(const Catalog* catalog, QWidget* parent)
    : QDialog(parent)
    , d(new Private {this, catalog})
{
    setWindowTitle(tr("Data sources and licences"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(d->buildSummary());
    layout->addWidget(d->buildTable(), 3);
    auto* heading = new QLabel(tr("<b>Attribution</b>"), this);
    layout->addWidget(heading);
    layout->addWidget(d->buildAttribution(), 2);
    layout->addWidget(buttons);
    resize(1200, 720);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(d->table, &QTableWidget::cellClicked, this,
            [this](int row, int column) { d->openLink(row, column); });
    connect(d->table, &QTableWidget::cellActivated, this,
            [this](int row, int column) { d->openLink(row, column); });
    connect(d->table, &QTableWidget::cellEntered, this,
            [this](int row, int column) { d->hover(row, column); });
}

DataSourcesDialog::~DataSourcesDialog()
{
    delete d;
}

QLabel* DataSourcesDialog::Private::buildSummary() const
{
    const QString text = catalog
        ? tr("Reference data version %1 of %2. Every value in the catalog cites one of the "
             "%L3 sources below; click a link to open it in your browser.")
              .arg(fromStd(catalog->dataVersion()), fromStd(catalog->dataDate()))
              .arg(catalog->sources().size())
        : tr("No catalog is loaded.");
    auto* label = new QLabel(text, q);
    label->setObjectName(QStringLiteral("summary"));
    label->setWordWrap(true);
    return label;
}

QTableWidget* DataSourcesDialog::Private::buildTable()
{
    const std::vector<SourceRecord> sources = catalog ? catalog->sources() : std::vector<SourceRecord>();
    table = new QTableWidget(static_cast<int>(sources.size()), ColumnCount, q);
    table->setObjectName(QStringLiteral("sourcesTable"));
    table->setHorizontalHeaderLabels(
        {tr("Id"), tr("Title"), tr("Publisher"), tr("Year"), tr("Licence"), tr("Link"), tr("Version")});
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setMouseTracking(true);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    for (std::size_t row = 0; row < sources.size(); ++row)
        addRow(static_cast<int>(row), sources[row]);
    table->setSortingEnabled(true);
    table->sortByColumn(IdColumn, Qt::AscendingOrder);
    fitColumns();
    return table;
}

void DataSourcesDialog::Private::addRow(int row, const SourceRecord& source)
{
    table->setItem(row, IdColumn, item(fromStd(source.id)));
    table->setItem(row, TitleColumn, item(fromStd(source.title)));
    table->setItem(row, PublisherColumn, item(fromStd(source.publisher)));
    QTableWidgetItem* year = item(QString());
    if (source.year)
        year->setData(Qt::DisplayRole, *source.year);
    year->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, YearColumn, year);
    table->setItem(row, LicenceColumn, item(fromStd(source.license)));
    table->setItem(row, VersionColumn, item(fromStd(source.version)));
    QTableWidgetItem* link = item(fromStd(source.url));
    if (!source.url.empty()) {
        link->setData(Qt::UserRole, QUrl(fromStd(source.url)));
        link->setForeground(table->palette().link());
        QFont font = table->font();
        font.setUnderline(true);
        link->setFont(font);
        link->setToolTip(tr("Open %1 in your browser").arg(fromStd(source.url)));
    }
    table->setItem(row, LinkColumn, link);
}

void DataSourcesDialog::Private::fitColumns()
{
    table->resizeColumnsToContents();
    for (int column = 0; column < ColumnCount; ++column)
        table->setColumnWidth(column, std::min(table->columnWidth(column), kMaxWidths[column]));
}

QTextBrowser* DataSourcesDialog::Private::buildAttribution() const
{
    auto* browser = new QTextBrowser(q);
    browser->setObjectName(QStringLiteral("attribution"));
    browser->setOpenExternalLinks(true);
    browser->setHtml(attributionHtml());
    return browser;
}

QString DataSourcesDialog::Private::attributionHtml() const
{
    const QString ccBy = tr("CC BY 4.0");
    const QString apache = tr("Apache License 2.0");
    QString html;
    html +=
        paragraph(tr("Grid carbon intensity of countries and world regions: Our World in Data based on Ember "
                     "(2025) and Energy Institute – Statistical Review of World Energy."),
                  ccBy, kCcBy);
    html +=
        paragraph(tr("Grid carbon intensity of zones and sub-national regions: Electricity Maps (2025/2026), "
                     "yearly carbon intensity data, www.electricitymaps.com (the 2024 table as aggregated "
                     "for Green Algorithms; 2021–2025 via The Green Web Foundation's CO2.js)."),
                  tr("ODbL 1.0"), kOdbl);
    html +=
        paragraph(tr("The grid-intensity and region tables contain information from Electricity Maps, which "
                     "is made available under the Open Database License (ODbL) v1.0. These two tables, as a "
                     "Derived Database, are likewise offered under the ODbL v1.0. The other tables keep the "
                     "licences listed here; the program code is not affected by the share-alike term."),
                  {}, {});
    html +=
        paragraph(tr("Accelerator specifications: Epoch AI, “Data on Machine Learning Hardware”, epoch.ai."),
                  ccBy, kCcBy);
    html += paragraph(tr("CPU power, cloud data centres, PUE and carbon-intensity tables: Lannelongue L., "
                         "Grealey J., Inouye M., “Green Algorithms: Quantifying the Carbon Footprint of "
                         "Computation”, Advanced Science 2021."),
                      ccBy, kCcBy);
    html += paragraph(tr("Cloud region carbon data: Google Cloud region-carbon-info, © Google LLC."), apache,
                      kApache);
    html += paragraph(tr("Provider PUE, GPU idle power and cloud regions: Cloud Carbon Footprint "
                         "methodology, © Thoughtworks and "
                         "Cloud Carbon Footprint contributors."),
                      apache, kApache);
    html +=
        paragraph(tr("CPU power and cloud region tables: CodeCarbon and ML CO2 Impact (mlco2), © CodeCarbon "
                     "and mlco2 contributors."),
                  tr("MIT License"), kMit);
    html += paragraph(tr("Embodied emissions of accelerator dies: LLMCarbon hardware table, Faiz et al., "
                         "ICLR 2024."),
                      apache, kApache);
    html += paragraph(tr("Country and region names and codes: Debian iso-codes."), tr("LGPL 2.1 or later"),
                      kLgpl);
    html += paragraph(
        tr("Figures from papers and datasheets are cited facts; each paper or datasheet has its row "
           "in the table above."),
        {}, {});
    html += paragraph(tr("AI Carbon Planner itself is free software under the GNU General Public License, "
                         "version 3 or later."),
                      {}, {});
    return html;
}

void DataSourcesDialog::Private::openLink(int row, int column) const
{
    if (column != LinkColumn)
        return;
    const QUrl url = table->item(row, column)->data(Qt::UserRole).toUrl();
    if (url.isValid())
        QDesktopServices::openUrl(url);
}

void DataSourcesDialog::Private::hover(int, int column) const
{
    table->viewport()->setCursor(column == LinkColumn ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

} // namespace aicarbon
