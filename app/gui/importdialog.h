#pragma once

#include "formats/questionimport.h"

#include <QDialog>

#include <memory>
#include <vector>

class Database;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;

// File > Import Questions, for files of other tools (GIFT, Moodle XML, CSV): what the files
// hold before anything is stored (the questions ready, the items skipped, the problems and
// notes, each at its file and line), and where to file the questions the files do not place
// (a domain and task, a topic). Choosing a place reads the files again; Import is offered
// once every question can be stored. The preview counts the questions rather than keeping
// them (QuestionImport::check); the main window then imports the files with placement(),
// reading them again as it stores them (QuestionImport::importFiles).
//
// The files are read on a thread of their own, with its own connection to the database, so a
// large file never freezes the dialog: it says how many questions it has read so far, and a
// place chosen meanwhile (or Cancel) stops that reading at once. A reading that ends within a
// moment is shown as if it had been made in place.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const Database &database, const QStringList &paths, QWidget *parent = nullptr);
    ~ImportDialog() override;

    QuestionImport::Placement placement() const;
    // How many questions the files hold that can be imported, as placed now.
    int readyCount() const { return m_preview.ready; }
    // Whether the files are being read for the place chosen (nothing can be imported yet).
    bool isReading() const { return m_reading != nullptr; }

private:
    struct Reading;

    void fillTasks();
    void reread();
    void readingEnded(int number);
    void showReading();
    void showPreview();

    QString m_databasePath;
    QStringList m_paths;
    BankCatalog m_catalog;
    QString m_language;
    QuestionImport::Preview m_preview;
    std::unique_ptr<Reading> m_reading; // for the place chosen
    std::vector<std::unique_ptr<Reading>> m_stopping; // for places chosen before, told to stop
    int m_readings = 0;
    bool m_shownOnce = false;
    QLabel *m_files;
    QLabel *m_summary;
    QProgressBar *m_busy;
    QTimer *m_progress;
    QGroupBox *m_placement;
    QComboBox *m_domain;
    QComboBox *m_task;
    QComboBox *m_topic;
    QTreeWidget *m_details;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
};
