#pragma once

#include "formats/questionimport.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QuestionStore;

// File > Import Questions, for files of other tools (GIFT, Moodle XML, CSV): what the files
// hold before anything is stored (the questions ready, the items skipped, the problems and
// notes, each at its file and line), and where to file the questions the files do not place
// (a domain and task, a topic). Choosing a place reads the files again; Import is offered
// once every question can be stored. The preview counts the questions rather than keeping
// them (QuestionImport::check); the main window then imports the files with placement(),
// reading them again as it stores them (QuestionImport::importFiles).
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(QuestionStore &store, const QStringList &paths, QWidget *parent = nullptr);

    QuestionImport::Placement placement() const;
    // How many questions the files hold that can be imported, as placed now.
    int readyCount() const { return m_preview.ready; }

private:
    void fillTasks();
    void reread();

    QuestionStore &m_store;
    QStringList m_paths;
    BankCatalog m_catalog;
    QString m_language;
    QuestionImport::Preview m_preview;
    QLabel *m_files;
    QLabel *m_summary;
    QGroupBox *m_placement;
    QComboBox *m_domain;
    QComboBox *m_task;
    QComboBox *m_topic;
    QTreeWidget *m_details;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
};
