<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AlertService</name>
    <message>
        <source>emergency response</source>
        <translation>réponse d&apos;urgence</translation>
    </message>
    <message>
        <source>urgent review by a clinician</source>
        <translation>évaluation urgente par un médecin</translation>
    </message>
    <message>
        <source>urgent ward-based response</source>
        <translation>réponse urgente dans le service</translation>
    </message>
    <message>
        <source>Doctor informed</source>
        <translation>Médecin prévenu</translation>
    </message>
    <message>
        <source>Review by a clinician within…</source>
        <translation>Évaluation médicale dans les…</translation>
    </message>
    <message>
        <source>Emergency team called</source>
        <translation>Équipe d&apos;urgence appelée</translation>
    </message>
    <message>
        <source>Monitoring increased</source>
        <translation>Surveillance renforcée</translation>
    </message>
    <message>
        <source>%1: critical finding</source>
        <translation>%1 : résultat critique</translation>
    </message>
    <message>
        <source>NEWS2 %1: %2</source>
        <translation>NEWS2 %1 : %2</translation>
    </message>
    <message>
        <source>There is no alert %1.</source>
        <translation>Il n&apos;y a pas d&apos;alerte %1.</translation>
    </message>
    <message>
        <source>Alert %1 was already acknowledged by %2.</source>
        <translation>L&apos;alerte %1 a déjà été acquittée par %2.</translation>
    </message>
    <message>
        <source>A critical result is acknowledged by a doctor.</source>
        <translation>Un résultat critique est acquitté par un médecin.</translation>
    </message>
    <message>
        <source>Say what was done about the alert.</source>
        <translation>Indiquez ce qui a été fait pour cette alerte.</translation>
    </message>
    <message>
        <source>Choose the response to the NEWS2 score: %1.</source>
        <translation>Choisissez la réponse au score NEWS2 : %1.</translation>
    </message>
    <message>
        <source>Unknown response %1 (%2).</source>
        <translation>Réponse inconnue %1 (%2).</translation>
    </message>
    <message>
        <source>Say within how many minutes the patient will be reviewed (1 to 1440).</source>
        <translation>Indiquez dans combien de minutes le patient sera évalué (1 à 1440).</translation>
    </message>
</context>
<context>
    <name>AlertsAcknowledgeCommand</name>
    <message>
        <source>Acknowledge an alert with the action taken (and, for NEWS2, the response chosen).</source>
        <translation>Acquitter une alerte avec la conduite tenue (et, pour le NEWS2, la réponse choisie).</translation>
    </message>
    <message>
        <source>The alert&apos;s id (such as A-1b2c3d4e).</source>
        <translation>L&apos;identifiant de l&apos;alerte (par exemple A-1b2c3d4e).</translation>
    </message>
    <message>
        <source>What was done about the alert.</source>
        <translation>Ce qui a été fait pour l&apos;alerte.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>NEWS2: doctor-informed, review, emergency-team or monitoring.</source>
        <translation>NEWS2 : doctor-informed (médecin prévenu), review (réévaluation), emergency-team (équipe d&apos;urgence) ou monitoring (surveillance renforcée).</translation>
    </message>
    <message>
        <source>RESPONSE</source>
        <translation>RÉPONSE</translation>
    </message>
    <message>
        <source>NEWS2 review: within how many minutes (1 to 1440).</source>
        <translation>Réévaluation NEWS2 : dans combien de minutes (1 à 1440).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>Give exactly one alert id.</source>
        <translation>Indiquez exactement un identifiant d&apos;alerte.</translation>
    </message>
    <message>
        <source>--within goes with --response review.</source>
        <translation>--within s&apos;emploie avec --response review.</translation>
    </message>
    <message>
        <source>Alert %1 acknowledged by %2: %3</source>
        <translation>Alerte %1 acquittée par %2 : %3</translation>
    </message>
</context>
<context>
    <name>AlertsListCommand</name>
    <message>
        <source>List the alerts (critical results, NEWS2 escalations) waiting for an acknowledgement.</source>
        <translation>Lister les alertes (résultats critiques, alertes NEWS2) en attente d&apos;acquittement.</translation>
    </message>
    <message>
        <source>Only the alerts of this ward&apos;s patients.</source>
        <translation>Seulement les alertes des patients de ce service.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Acknowledged alerts too.</source>
        <translation>Les alertes acquittées aussi.</translation>
    </message>
    <message>
        <source>Output format: csv or text (default).</source>
        <translation>Format de sortie : csv ou text (par défaut).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>critical result</source>
        <translation>résultat critique</translation>
    </message>
    <message>
        <source>NEWS2</source>
        <translation>NEWS2</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alerte</numerusform>
            <numerusform>%n alertes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentBuilder</name>
    <message>
        <source>%1 (%2, session %3)</source>
        <translation>%1 (%2, vacation %3)</translation>
    </message>
    <message>
        <source>Previously booked on %1.</source>
        <translation>Prévue auparavant le %1.</translation>
    </message>
    <message>
        <source>Not booked before the downtime (waiting list).</source>
        <translation>Non programmée avant la panne (liste d&apos;attente).</translation>
    </message>
    <message>
        <source>Postponed: to be rebooked by %1 (priority P%2).</source>
        <translation>Reportée : à reprogrammer avant le %1 (priorité P%2).</translation>
    </message>
    <message>
        <source>New date: %1 at %2.</source>
        <translation>Nouvelle date : %1 à %2.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Motif : %1.</translation>
    </message>
    <message>
        <source>Recorded by %1 on laptop %2 during the IT downtime.</source>
        <translation>Saisi par %1 sur le poste %2 pendant la panne informatique.</translation>
    </message>
    <message>
        <source>Patient IPP %1 (not registered in WhitePlan)</source>
        <translation>Patient IPP %1 (non enregistré dans WhitePlan)</translation>
    </message>
    <message>
        <source>Surgical operation</source>
        <translation>Intervention chirurgicale</translation>
    </message>
    <message>
        <source>Theatre booking changed in WhitePlan during the IT downtime</source>
        <translation>Programmation opératoire modifiée dans WhitePlan pendant la panne informatique</translation>
    </message>
</context>
<context>
    <name>AppointmentData</name>
    <message>
        <source>The original session is closed</source>
        <translation>La vacation d&apos;origine est fermée</translation>
    </message>
    <message>
        <source>Session closed: %1</source>
        <translation>Vacation fermée : %1</translation>
    </message>
    <message>
        <source>No slot in the current theatre plan</source>
        <translation>Pas de créneau dans le programme opératoire actuel</translation>
    </message>
    <message>
        <source>Rescheduled by the theatre manager</source>
        <translation>Reprogrammée par le cadre de bloc</translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 was made by a WhitePlan that did not record the audit trail&apos;s end: it cannot be checked against.</source>
        <translation>%1 a été fait par un WhitePlan qui n&apos;enregistrait pas la fin du journal d&apos;audit : il ne peut pas servir de référence.</translation>
    </message>
    <message>
        <source>%1 is neither a bundle nor a backup of WhitePlan.</source>
        <translation>%1 n&apos;est ni un fichier d&apos;échange ni une sauvegarde de WhitePlan.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>entry %1 is missing (found %2 next)</source>
        <translation>l&apos;entrée %1 est manquante (entrée suivante trouvée : %2)</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation>l&apos;entrée %1 ne fait pas suite à l&apos;entrée précédente</translation>
    </message>
    <message>
        <source>entry %1 was altered after it was written</source>
        <translation>l&apos;entrée %1 a été modifiée après son écriture</translation>
    </message>
</context>
<context>
    <name>BackEntryExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Folder to write the backup into.</source>
        <translation>Dossier dans lequel écrire la sauvegarde.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>--to DIR is required.</source>
        <translation>L&apos;option --to DOSSIER est obligatoire.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sauvegarde écrite dans %1</translation>
    </message>
    <message>
        <source>Write an encrypted backup of the data into a folder (a USB stick).</source>
        <translation>Écrire une sauvegarde chiffrée des données dans un dossier (une clé USB).</translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>Phrase secrète de la sauvegarde : </translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>Cannot flush the backup %1 to disk.</source>
        <translation>Impossible d&apos;écrire entièrement la sauvegarde %1 sur le disque.</translation>
    </message>
    <message>
        <source>Cannot move the backup into place at %1.</source>
        <translation>Impossible de mettre la sauvegarde en place dans %1.</translation>
    </message>
    <message>
        <source>%1 is not a usable backup: %2</source>
        <translation>%1 n&apos;est pas une sauvegarde utilisable : %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer WhitePlan (schema version %2, this program knows up to %3).</source>
        <translation>%1 a été créé par une version plus récente de WhitePlan (version de schéma %2 ; ce programme connaît jusqu&apos;à la version %3).</translation>
    </message>
    <message>
        <source>%1 is not a WhitePlan backup.</source>
        <translation>%1 n&apos;est pas une sauvegarde WhitePlan.</translation>
    </message>
    <message>
        <source>Cannot set the current database aside before restoring (%1).</source>
        <translation>Impossible de mettre de côté la base de données actuelle avant la restauration (%1).</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the data directory.</source>
        <translation>Impossible de copier %1 dans le dossier de données.</translation>
    </message>
    <message>
        <source>Cannot move the restored database into place.</source>
        <translation>Impossible de mettre en place la base de données restaurée.</translation>
    </message>
    <message>
        <source>Cannot flush the restored database %1 to disk.</source>
        <translation>Impossible d&apos;écrire sur le disque la base restaurée %1.</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>The backup %1 is encrypted: give its passphrase.</source>
        <translation>La sauvegarde %1 est chiffrée : indiquez sa phrase secrète.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Choose a passphrase to protect the backup: it holds every patient.</source>
        <translation>Choisissez une phrase secrète pour protéger la sauvegarde : elle contient tous les patients.</translation>
    </message>
</context>
<context>
    <name>BundleConflictsCommand</name>
    <message>
        <source>List the conflicts and possible duplicates found by merges, or confirm one.</source>
        <translation>Lister les conflits et les doublons possibles détectés lors des fusions, ou en confirmer un.</translation>
    </message>
    <message>
        <source>Also list the ones already confirmed.</source>
        <translation>Lister aussi ceux déjà confirmés.</translation>
    </message>
    <message>
        <source>Confirm the conflict with this id.</source>
        <translation>Confirmer le conflit portant cet identifiant.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The decision: confirmed (keep what the merge decided), merged (same person) or distinct.</source>
        <translation>La décision : confirmed (conserver ce que la fusion a décidé), merged (même personne) ou distinct.</translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation>DÉCISION</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>to confirm</source>
        <translation>à confirmer</translation>
    </message>
    <message>
        <source>Nothing to confirm.</source>
        <translation>Rien à confirmer.</translation>
    </message>
</context>
<context>
    <name>BundleExportCommand</name>
    <message>
        <source>Write an encrypted bundle for another laptop (everything, or what it has not had yet).</source>
        <translation>Écrire un fichier d&apos;échange chiffré pour un autre poste (tout, ou ce qu&apos;il n&apos;a pas encore reçu).</translation>
    </message>
    <message>
        <source>Bundle file to write.</source>
        <translation>Fichier d&apos;échange à écrire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Only what was not yet sent to the laptop with this code (remembered per laptop).</source>
        <translation>Uniquement ce qui n&apos;a pas encore été envoyé au poste portant ce code (mémorisé par poste).</translation>
    </message>
    <message>
        <source>DEVICE-CODE</source>
        <translation>CODE-POSTE</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out FICHIER est obligatoire.</translation>
    </message>
    <message>
        <source>Bundle passphrase: </source>
        <translation>Phrase secrète du fichier d&apos;échange : </translation>
    </message>
    <message>
        <source>Bundle written to %1: %2 record versions, %3 users, %4 wards, %5 beds.</source>
        <translation>Fichier d&apos;échange écrit dans %1 : %2 versions d&apos;enregistrements, %3 utilisateurs, %4 services, %5 lits.</translation>
    </message>
</context>
<context>
    <name>BundleHeader</name>
    <message>
        <source>This file is not a WhitePlan exchange bundle.</source>
        <translation>Ce fichier n&apos;est pas un fichier d&apos;échange WhitePlan.</translation>
    </message>
    <message>
        <source>The bundle is truncated: it ends inside its header.</source>
        <translation>Le fichier d&apos;échange est tronqué : il s&apos;arrête au milieu de son en-tête.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer WhitePlan (bundle format %1; this program reads up to format %2). Nothing was imported: update WhitePlan on this laptop first.</source>
        <translation>Ce fichier d&apos;échange a été créé par une version plus récente de WhitePlan (format %1 ; ce programme lit jusqu&apos;au format %2). Rien n&apos;a été importé : mettez d&apos;abord à jour WhitePlan sur ce poste.</translation>
    </message>
    <message>
        <source>This file is not a WhitePlan exchange bundle (its header is damaged).</source>
        <translation>Ce fichier n&apos;est pas un fichier d&apos;échange WhitePlan (son en-tête est endommagé).</translation>
    </message>
    <message>
        <source>The bundle&apos;s header is damaged.</source>
        <translation>L&apos;en-tête du fichier d&apos;échange est endommagé.</translation>
    </message>
</context>
<context>
    <name>BundleImportCommand</name>
    <message>
        <source>Merge a bundle from another laptop (nothing is lost; conflicts are listed).</source>
        <translation>Fusionner un fichier d&apos;échange provenant d&apos;un autre poste (rien n&apos;est perdu ; les conflits sont listés).</translation>
    </message>
    <message>
        <source>Show what would be merged, change nothing.</source>
        <translation>Afficher ce qui serait fusionné, sans rien modifier.</translation>
    </message>
    <message>
        <source>Bundle file from the other laptop.</source>
        <translation>Fichier d&apos;échange provenant de l&apos;autre poste.</translation>
    </message>
    <message>
        <source>Give exactly one bundle FILE.</source>
        <translation>Indiquez exactement un FICHIER d&apos;échange.</translation>
    </message>
    <message>
        <source>Bundle passphrase: </source>
        <translation>Phrase secrète du fichier d&apos;échange : </translation>
    </message>
    <message>
        <source>Preview (nothing changed) of the bundle from %1 made %2:</source>
        <translation>Aperçu (rien n&apos;a été modifié) du fichier d&apos;échange de %1 créé le %2 :</translation>
    </message>
    <message>
        <source>Imported the bundle from %1 made %2:</source>
        <translation>Fichier d&apos;échange de %1 créé le %2 importé :</translation>
    </message>
    <message>
        <source>  record versions: %1 in the bundle, %2 new</source>
        <translation>  versions d&apos;enregistrements : %1 dans le fichier d&apos;échange, %2 nouvelles</translation>
    </message>
    <message>
        <source>  new users: %1, new wards: %2, new beds: %3</source>
        <translation>  nouveaux utilisateurs : %1, nouveaux services : %2, nouveaux lits : %3</translation>
    </message>
    <message>
        <source>  patients: %1; conflicts to confirm: %2; possible duplicates: %3</source>
        <translation>  patients : %1 ; conflits à confirmer : %2 ; doublons possibles : %3</translation>
    </message>
    <message>
        <source>The bundle</source>
        <translation>Le fichier d&apos;échange</translation>
    </message>
    <message>
        <source>Administrators only: accept a bundle of another hospital (its name or id) as a transfer of its patients; its users are not added.</source>
        <translation>Administrateurs uniquement : accepter le fichier d&apos;échange d&apos;un autre hôpital (son nom ou son identifiant) comme un transfert de ses patients ; ses utilisateurs ne sont pas ajoutés.</translation>
    </message>
    <message>
        <source>HOSPITAL</source>
        <translation>HÔPITAL</translation>
    </message>
    <message>
        <source>  WARNING: importing it would be refused: %1</source>
        <translation>  ATTENTION : l&apos;import serait refusé : %1</translation>
    </message>
    <message>
        <source>  transfer of patients from %1, accepted by %2 (their users were not added)</source>
        <translation>  transfert de patients depuis %1, accepté par %2 (ses utilisateurs n&apos;ont pas été ajoutés)</translation>
    </message>
</context>
<context>
    <name>BundlePassphrase</name>
    <message>
        <source>The bundle passphrase must have at least %1 characters and not repeat one character, for example four words such as &quot;lime river cold ticket&quot;: it protects patients&apos; data on a USB stick.</source>
        <translation>La phrase secrète du fichier d&apos;échange doit compter au moins %1 caractères et ne pas répéter un seul caractère, par exemple quatre mots comme « citron rivière froid ticket » : elle protège les données des patients sur une clé USB.</translation>
    </message>
</context>
<context>
    <name>BundleReader</name>
    <message>
        <source>The bundle is truncated.</source>
        <translation>Le fichier d&apos;échange est tronqué.</translation>
    </message>
    <message>
        <source>This file is not a WhitePlan exchange bundle (its header is damaged).</source>
        <translation>Ce fichier n&apos;est pas un fichier d&apos;échange WhitePlan (son en-tête est endommagé).</translation>
    </message>
    <message>
        <source>The bundle&apos;s header is damaged (impossible key parameters).</source>
        <translation>L&apos;en-tête du fichier d&apos;échange est endommagé (paramètres de clé impossibles).</translation>
    </message>
    <message>
        <source>The bundle is truncated: it ends inside its header.</source>
        <translation>Le fichier d&apos;échange est tronqué : il s&apos;arrête au milieu de son en-tête.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>La bibliothèque de chiffrement n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The bundle&apos;s header was not read.</source>
        <translation>L&apos;en-tête du fichier d&apos;échange n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the bundle key.</source>
        <translation>Mémoire insuffisante pour dériver la clé du fichier d&apos;échange.</translation>
    </message>
    <message>
        <source>The bundle&apos;s header is damaged.</source>
        <translation>L&apos;en-tête du fichier d&apos;échange est endommagé.</translation>
    </message>
    <message>
        <source>The bundle is truncated: its end is missing (copy it again from the other laptop).</source>
        <translation>Le fichier d&apos;échange est tronqué : sa fin est manquante (copiez-le à nouveau depuis l&apos;autre poste).</translation>
    </message>
    <message>
        <source>The bundle is damaged or was altered: nothing was imported.</source>
        <translation>Le fichier d&apos;échange est endommagé ou a été modifié : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the bundle was altered: nothing was imported.</source>
        <translation>Phrase secrète incorrecte, ou le fichier d&apos;échange a été modifié : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The bundle was altered: data follows its end. Nothing was imported.</source>
        <translation>Le fichier d&apos;échange a été modifié : des données suivent sa fin. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This file is a WhitePlan backup, not an exchange bundle: restore it instead of importing it.</source>
        <translation>Ce fichier est une sauvegarde WhitePlan, pas un fichier d&apos;échange : restaurez-le au lieu de l&apos;importer.</translation>
    </message>
    <message>
        <source>This file is a WhitePlan exchange bundle, not a backup: import it instead of restoring it.</source>
        <translation>Ce fichier est un fichier d&apos;échange WhitePlan, pas une sauvegarde : importez-le au lieu de le restaurer.</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>La bibliothèque de chiffrement n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Choose a passphrase to protect the bundle.</source>
        <translation>Choisissez une phrase secrète pour protéger le fichier d&apos;échange.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the bundle key.</source>
        <translation>Mémoire insuffisante pour dériver la clé du fichier d&apos;échange.</translation>
    </message>
    <message>
        <source>Cannot write the bundle: %1</source>
        <translation>Impossible d&apos;écrire le fichier d&apos;échange : %1</translation>
    </message>
    <message>
        <source>The bundle was not started.</source>
        <translation>Le fichier d&apos;échange n&apos;a pas été commencé.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Unknown test or panel code &apos;%1&apos;.</source>
        <translation>Code d&apos;analyse ou de bilan inconnu « %1 ».</translation>
    </message>
    <message>
        <source>%1: a value is needed.</source>
        <translation>%1 : une valeur est nécessaire.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not one of %3.</source>
        <translation>%1 : « %2 » ne fait pas partie des valeurs %3.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number.</source>
        <translation>%1 : « %2 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; should be a whole number.</source>
        <translation>%1 : « %2 » doit être un nombre entier.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; has too many decimals (at most %3).</source>
        <translation>%1 : « %2 » a trop de décimales (%3 au plus).</translation>
    </message>
    <message>
        <source>%1 to %2 %3</source>
        <translation>de %1 à %2 %3</translation>
    </message>
    <message>
        <source>at least %1 %2</source>
        <translation>au moins %1 %2</translation>
    </message>
    <message>
        <source>at most %1 %2</source>
        <translation>au plus %1 %2</translation>
    </message>
    <message>
        <source>%1: %2 %3 is not possible (%4).</source>
        <translation>%1 : %2 %3 n&apos;est pas une valeur possible (%4).</translation>
    </message>
</context>
<context>
    <name>CatalogueParser</name>
    <message>
        <source>unknown property %1 (expected one of %2)</source>
        <translation>propriété inconnue %1 (attendu : une parmi %2)</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 manquant</translation>
    </message>
    <message>
        <source>%1 should be a non-empty text, not %2</source>
        <translation>%1 doit être un texte non vide, pas %2</translation>
    </message>
    <message>
        <source>code %1 should use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>le code %1 ne doit contenir que des lettres, des chiffres, « . », « _ » et « - »</translation>
    </message>
    <message>
        <source>missing &apos;name&apos;</source>
        <translation>&apos;name&apos; manquant</translation>
    </message>
    <message>
        <source>&apos;name&apos; should be an object {&quot;en&quot;: ..., &quot;fr&quot;: ...}, not %1</source>
        <translation>&apos;name&apos; doit être un objet {&quot;en&quot;: ..., &quot;fr&quot;: ...}, pas %1</translation>
    </message>
    <message>
        <source>name %1 should be a text, not %2</source>
        <translation>le nom %1 doit être un texte, pas %2</translation>
    </message>
    <message>
        <source>&apos;name&apos; needs an English or French text</source>
        <translation>&apos;name&apos; doit avoir un texte en anglais ou en français</translation>
    </message>
    <message>
        <source>%1 should be a number, not %2</source>
        <translation>%1 doit être un nombre, pas %2</translation>
    </message>
    <message>
        <source>%1 should be a whole number from %2 to %3, not %4</source>
        <translation>%1 doit être un nombre entier de %2 à %3, pas %4</translation>
    </message>
    <message>
        <source>%1 should be true or false, not %2</source>
        <translation>%1 doit valoir true ou false, pas %2</translation>
    </message>
    <message>
        <source>%1 should be an object {&quot;low&quot;: ..., &quot;high&quot;: ...}, not %2</source>
        <translation>%1 doit être un objet {&quot;low&quot;: ..., &quot;high&quot;: ...}, pas %2</translation>
    </message>
    <message>
        <source>needs a number &quot;low&quot;, &quot;high&quot; or both</source>
        <translation>il faut un nombre &quot;low&quot;, &quot;high&quot; ou les deux</translation>
    </message>
    <message>
        <source>low %1 is greater than high %2</source>
        <translation>low %1 est supérieur à high %2</translation>
    </message>
    <message>
        <source>missing &apos;turnaround&apos;</source>
        <translation>&apos;turnaround&apos; manquant</translation>
    </message>
    <message>
        <source>&apos;turnaround&apos; should be an object {&quot;routine&quot;: minutes, &quot;urgent&quot;: minutes, &quot;stat&quot;: minutes}, not %1</source>
        <translation>&apos;turnaround&apos; doit être un objet {&quot;routine&quot;: minutes, &quot;urgent&quot;: minutes, &quot;stat&quot;: minutes}, pas %1</translation>
    </message>
    <message>
        <source>%1 %2 is outside the possible range %3 to %4</source>
        <translation>%1 %2 est en dehors des valeurs possibles, de %3 à %4</translation>
    </message>
    <message>
        <source>%1 should be a list, not %2</source>
        <translation>%1 doit être une liste, pas %2</translation>
    </message>
    <message>
        <source>should be an object, not %1</source>
        <translation>doit être un objet, pas %1</translation>
    </message>
    <message>
        <source>the code %1 appears twice in this file</source>
        <translation>le code %1 figure deux fois dans ce fichier</translation>
    </message>
    <message>
        <source>&apos;ranges&apos; should be a list, not %1</source>
        <translation>&apos;ranges&apos; doit être une liste, pas %1</translation>
    </message>
    <message>
        <source>: range %1</source>
        <translation> : intervalle %1</translation>
    </message>
    <message>
        <source>&apos;sex&apos; should be &quot;F&quot; or &quot;M&quot; (leave it out for both)</source>
        <translation>&apos;sex&apos; doit valoir &quot;F&quot; ou &quot;M&quot; (à omettre pour les deux sexes)</translation>
    </message>
    <message>
        <source>min_age %1 is greater than max_age %2</source>
        <translation>min_age %1 est supérieur à max_age %2</translation>
    </message>
    <message>
        <source>a numeric test needs a &apos;unit&apos; (a non-empty text)</source>
        <translation>une analyse numérique doit avoir une &apos;unit&apos; (un texte non vide)</translation>
    </message>
    <message>
        <source>the critical low limit</source>
        <translation>le seuil critique bas</translation>
    </message>
    <message>
        <source>the critical high limit</source>
        <translation>le seuil critique haut</translation>
    </message>
    <message>
        <source>a coded test needs a non-empty list of &apos;choices&apos;</source>
        <translation>une analyse codée doit avoir une liste &apos;choices&apos; non vide</translation>
    </message>
    <message>
        <source>every choice should be a non-empty text, not %1</source>
        <translation>chaque valeur doit être un texte non vide, pas %1</translation>
    </message>
    <message>
        <source>the choice %1 appears twice</source>
        <translation>la valeur %1 figure deux fois</translation>
    </message>
    <message>
        <source>&apos;critical_values&apos; should be a list of choices, not %1</source>
        <translation>&apos;critical_values&apos; doit être une liste de valeurs, pas %1</translation>
    </message>
    <message>
        <source>the critical value %1 is not one of the choices</source>
        <translation>la valeur critique %1 ne fait pas partie des valeurs de &apos;choices&apos;</translation>
    </message>
    <message>
        <source>test %1</source>
        <translation>analyse %1</translation>
    </message>
    <message>
        <source>unknown type %1 (expected numeric, coded or text)</source>
        <translation>type inconnu %1 (attendu : numeric, coded ou text)</translation>
    </message>
    <message>
        <source>unknown tube %1</source>
        <translation>tube inconnu %1</translation>
    </message>
    <message>
        <source>panel %1</source>
        <translation>bilan %1</translation>
    </message>
    <message>
        <source>&apos;tests&apos; should be a non-empty list of test codes</source>
        <translation>&apos;tests&apos; doit être une liste non vide de codes d&apos;analyses</translation>
    </message>
    <message>
        <source>unknown test %1</source>
        <translation>analyse inconnue %1</translation>
    </message>
    <message>
        <source>the test %1 appears twice</source>
        <translation>l&apos;analyse %1 figure deux fois</translation>
    </message>
    <message>
        <source>exam %1</source>
        <translation>examen %1</translation>
    </message>
    <message>
        <source>unknown modality %1 (expected one of %2)</source>
        <translation>modalité inconnue %1 (attendu : une parmi %2)</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>JSON invalide à la %1 : %2</translation>
    </message>
    <message>
        <source>the file should contain one JSON object</source>
        <translation>le fichier doit contenir un seul objet JSON</translation>
    </message>
    <message>
        <source>&apos;format&apos; should be &quot;%1&quot;</source>
        <translation>&apos;format&apos; doit valoir &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing &apos;version&apos;</source>
        <translation>&apos;version&apos; manquant</translation>
    </message>
    <message>
        <source>tube</source>
        <translation>tube</translation>
    </message>
    <message>
        <source>tube %1</source>
        <translation>tube %1</translation>
    </message>
    <message>
        <source>&apos;colour&apos; should be written #rrggbb, not %1</source>
        <translation>&apos;colour&apos; doit s&apos;écrire #rrggbb, pas %1</translation>
    </message>
    <message>
        <source>test</source>
        <translation>analyse</translation>
    </message>
    <message>
        <source>the code %1 is already a panel&apos;s</source>
        <translation>le code %1 est déjà celui d&apos;un bilan</translation>
    </message>
    <message>
        <source>panel</source>
        <translation>bilan</translation>
    </message>
    <message>
        <source>the code %1 is already a test&apos;s</source>
        <translation>le code %1 est déjà celui d&apos;une analyse</translation>
    </message>
    <message>
        <source>exam</source>
        <translation>examen</translation>
    </message>
    <message>
        <source>the file defines no tube, test, panel or exam</source>
        <translation>le fichier ne définit aucun tube, analyse, bilan ni examen</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
</context>
<context>
    <name>CensusImporter</name>
    <message>
        <source>a ward code of at most 16 characters</source>
        <translation>un code de service de 16 caractères au maximum</translation>
    </message>
    <message>
        <source>a ward for this bed (the ward column is empty)</source>
        <translation>un service pour ce lit (la colonne ward est vide)</translation>
    </message>
    <message>
        <source>a unique IPP (%1 is already on line %2)</source>
        <translation>un IPP unique (%1 figure déjà à la ligne %2)</translation>
    </message>
    <message>
        <source>%1, line %2: the patient with IPP %3 is already present; nothing was changed.</source>
        <translation>%1, ligne %2 : le patient d&apos;IPP %3 est déjà présent ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>a free bed (bed %1 of %2 is already given on line %3)</source>
        <translation>un lit libre (le lit %1 du service %2 est déjà attribué à la ligne %3)</translation>
    </message>
    <message>
        <source>a free bed (bed %1 of %2 is occupied by %3)</source>
        <translation>un lit libre (le lit %1 du service %2 est occupé par %3)</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1, line %2: the IPP %3 is already that of %4, born %5 (%6), but this row describes %7, born %8: the identities differ. Nothing was changed; check which identity is right.</source>
        <translation>%1, ligne %2 : l’IPP %3 est déjà celui de %4, né(e) le %5 (%6), mais cette ligne décrit %7, né(e) le %8 : les identités diffèrent. Rien n’a été modifié ; vérifiez quelle identité est la bonne.</translation>
    </message>
    <message>
        <source>%1 (line %2 of this file)</source>
        <translation>%1 (ligne %2 de ce fichier)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, line %2: %3 may be the same person as %4: %5</source>
        <translation>%1, ligne %2 : %3 est peut-être la même personne que %4 : %5</translation>
    </message>
    <message>
        <source>a date as YYYY-MM-DD, not %1</source>
        <translation>une date au format AAAA-MM-JJ, et non %1</translation>
    </message>
    <message>
        <source>F, M or U, not %1</source>
        <translation>F, M ou U, et non %1</translation>
    </message>
    <message>
        <source>a date-time as YYYY-MM-DDTHH:MM, not %1</source>
        <translation>une date et heure au format AAAA-MM-JJTHH:MM, et non %1</translation>
    </message>
    <message>
        <source>a time not in the future (%1 is later than this laptop&apos;s clock, %2)</source>
        <translation>une heure qui n&apos;est pas dans le futur (%1 est postérieur à l&apos;horloge de ce poste, %2)</translation>
    </message>
    <message>
        <source>a time after the patient&apos;s birth on %1, not %2</source>
        <translation>une heure postérieure à la naissance du patient le %1, et non %2</translation>
    </message>
</context>
<context>
    <name>CheckPlanCommand</name>
    <message>
        <source>Check a theatre plan against the hard constraints and print its cost.</source>
        <translation>Vérifier un programme opératoire au regard des contraintes strictes et afficher son coût.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Plan CSV file to check.</source>
        <translation>Fichier CSV du programme à vérifier.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>The plan is feasible.</source>
        <translation>Le programme est réalisable.</translation>
    </message>
    <message numerus="yes">
        <source>The plan is infeasible: %n violated constraint(s).</source>
        <translation>
            <numerusform>Le programme est irréalisable : %n contrainte non respectée.</numerusform>
            <numerusform>Le programme est irréalisable : %n contraintes non respectées.</numerusform>
        </translation>
    </message>
    <message>
        <source>--plan FILE is required.</source>
        <translation>--plan FICHIER est obligatoire.</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Le programme</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>This command changes data: say who you are with --user NAME (password in WHITEPLAN_PASSWORD or typed when asked).</source>
        <translation>Cette commande modifie des données : indiquez qui vous êtes avec --user NOM (mot de passe dans WHITEPLAN_PASSWORD ou saisi à la demande).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1 : </translation>
    </message>
    <message>
        <source>Form definition skipped: %1</source>
        <translation>Définition de formulaire ignorée : %1</translation>
    </message>
    <message>
        <source>Check --data-dir, or set one up with &quot;whiteplan-cli init&quot; or &quot;whiteplan-cli demo&quot;.</source>
        <translation>Vérifiez --data-dir, ou créez-en un avec « whiteplan-cli init » ou « whiteplan-cli demo ».</translation>
    </message>
    <message>
        <source>The data directory %1 is not set up yet.</source>
        <translation>Le dossier de données %1 n&apos;est pas encore configuré.</translation>
    </message>
    <message>
        <source>Catalogue file skipped: %1</source>
        <translation>Fichier du catalogue ignoré : %1</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Use the data directory DIR instead of the default.</source>
        <translation>Utiliser le dossier de données DOSSIER au lieu du dossier par défaut.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Act as user NAME (password from WHITEPLAN_PASSWORD, or asked).</source>
        <translation>Agir en tant qu&apos;utilisateur NOM (mot de passe lu dans WHITEPLAN_PASSWORD, ou demandé).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
</context>
<context>
    <name>CommandRegistry</name>
    <message>
        <source>whiteplan-cli: unknown command &quot;%1&quot;.</source>
        <translation>whiteplan-cli : commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Usage: whiteplan-cli COMMAND [options]

Commands:
</source>
        <translation>Utilisation : whiteplan-cli COMMANDE [options]

Commandes :
</translation>
    </message>
    <message>
        <source>
Run &quot;whiteplan-cli COMMAND --help&quot; for the options of a command.
</source>
        <translation>
Exécutez « whiteplan-cli COMMANDE --help » pour afficher les options d&apos;une commande.
</translation>
    </message>
</context>
<context>
    <name>ConflictLog</name>
    <message>
        <source>Answer confirmed, merged or distinct.</source>
        <translation>Répondez confirmed, merged ou distinct.</translation>
    </message>
    <message>
        <source>No conflict %1.</source>
        <translation>Aucun conflit %1.</translation>
    </message>
</context>
<context>
    <name>ContractInputOptions</name>
    <message>
        <source>Theatre sessions CSV file.</source>
        <translation>Fichier CSV des vacations.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Cases CSV file.</source>
        <translation>Fichier CSV des interventions.</translation>
    </message>
    <message>
        <source>Minutes between two cases in a session (default 15).</source>
        <translation>Minutes entre deux interventions d&apos;une même vacation (15 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>L&apos;option --%1 est obligatoire.</translation>
    </message>
</context>
<context>
    <name>CrossFieldRule</name>
    <message>
        <source>%1 (%2) should be lower than %3 (%4): please check both.</source>
        <translation>%1 (%2) devrait être inférieure à %3 (%4) : vérifiez les deux.</translation>
    </message>
    <message>
        <source>%1 (%2) should not be above %3 (%4): please check both.</source>
        <translation>%1 (%2) ne devrait pas dépasser %3 (%4) : vérifiez les deux.</translation>
    </message>
    <message>
        <source>%1 (%2) should be above %3 (%4): please check both.</source>
        <translation>%1 (%2) devrait être supérieure à %3 (%4) : vérifiez les deux.</translation>
    </message>
    <message>
        <source>%1 (%2) should not be below %3 (%4): please check both.</source>
        <translation>%1 (%2) ne devrait pas être inférieure à %3 (%4) : vérifiez les deux.</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>field %1</source>
        <translation>champ %1</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1 : lecture impossible (%2).</translation>
    </message>
    <message>
        <source>field 1</source>
        <translation>champ 1</translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation>du texte UTF-8</translation>
    </message>
    <message>
        <source>a closing quote before the end of the file</source>
        <translation>un guillemet fermant avant la fin du fichier</translation>
    </message>
    <message>
        <source>a comma or a line end after the closing quote</source>
        <translation>une virgule ou une fin de ligne après le guillemet fermant</translation>
    </message>
    <message>
        <source>a line feed after a carriage return (quote values with line breaks)</source>
        <translation>un saut de ligne après un retour chariot (mettez entre guillemets les valeurs contenant des sauts de ligne)</translation>
    </message>
    <message>
        <source>no quote inside an unquoted value (quote the whole value and double the quote)</source>
        <translation>aucun guillemet dans une valeur sans guillemets (mettez toute la valeur entre guillemets et doublez le guillemet)</translation>
    </message>
    <message>
        <source>a value (the row has %1 fields, the header %2)</source>
        <translation>une valeur (la ligne a %1 champs, l&apos;en-tête %2)</translation>
    </message>
    <message>
        <source>no more than %1 fields, as in the header (found %2)</source>
        <translation>pas plus de %1 champs, comme dans l&apos;en-tête (%2 trouvés)</translation>
    </message>
    <message>
        <source>a header row</source>
        <translation>une ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>a known column (one of %1)</source>
        <translation>une colonne connue (parmi %1)</translation>
    </message>
    <message>
        <source>each column only once</source>
        <translation>chaque colonne une seule fois</translation>
    </message>
    <message>
        <source>this required column in the header</source>
        <translation>cette colonne obligatoire dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>no more than %1 rows after the header (the limit of one import)</source>
        <translation>au plus %1 lignes après l’en-tête (la limite d’un import)</translation>
    </message>
    <message>
        <source>a line of at most %1 KiB (this line is longer)</source>
        <translation>une ligne d’au plus %1 Kio (celle-ci est plus longue)</translation>
    </message>
    <message>
        <source>a header of at most %1 columns</source>
        <translation>un en-tête d’au plus %1 colonnes</translation>
    </message>
    <message>
        <source>a value of at most %1 KiB</source>
        <translation>une valeur d’au plus %1 Kio</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Le fichier de base de données %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>Cannot open an in-memory database.</source>
        <translation>Impossible d&apos;ouvrir une base de données en mémoire.</translation>
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging.</source>
        <translation>La base de données %1 ne peut pas utiliser la journalisation anticipée (WAL).</translation>
    </message>
    <message>
        <source>The file %1 is not a readable WhitePlan database (%2).</source>
        <translation>Le fichier %1 n&apos;est pas une base de données WhitePlan lisible (%2).</translation>
    </message>
    <message>
        <source>The file %1 is damaged or not a database (%2).</source>
        <translation>Le fichier %1 est endommagé ou n&apos;est pas une base de données (%2).</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>La base de données %1 est endommagée : %2</translation>
    </message>
    <message>
        <source>Cannot create the backup file %1: %2</source>
        <translation>Impossible de créer le fichier de sauvegarde %1 : %2</translation>
    </message>
    <message>
        <source>Cannot start the backup to %1: %2</source>
        <translation>Impossible de démarrer la sauvegarde vers %1 : %2</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>La sauvegarde vers %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be read here: its latest changes are still in %2, and this folder is read-only. Open it once where it can be written, or copy the folder somewhere writable.</source>
        <translation>La base de données %1 ne peut pas être lue ici : ses dernières modifications sont encore dans %2 et ce dossier est en lecture seule. Ouvrez-la une fois là où elle peut être écrite, ou copiez le dossier dans un emplacement accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot read the database %1 (%2).</source>
        <translation>Impossible de lire la base de données %1 (%2).</translation>
    </message>
    <message>
        <source>The disk is full: the backup %1 was not written. Free some space, then back up again.</source>
        <translation>Le disque est plein : la sauvegarde %1 n&apos;a pas été écrite. Libérez de la place, puis sauvegardez à nouveau.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create the demo hospital in an empty data directory.</source>
        <translation>Créer l&apos;hôpital de démonstration dans un dossier de données vide.</translation>
    </message>
    <message>
        <source>%1 already holds a hospital; the demo needs an empty data directory.</source>
        <translation>%1 contient déjà un hôpital ; la démonstration nécessite un dossier de données vide.</translation>
    </message>
    <message>
        <source>Demo hospital created in %1. Users and passwords:</source>
        <translation>Hôpital de démonstration créé dans %1. Utilisateurs et mots de passe :</translation>
    </message>
</context>
<context>
    <name>DemoHospital</name>
    <message>
        <source>Cannot write the demo theatre schedule in %1.</source>
        <translation>Impossible d&apos;écrire le programme opératoire de démonstration dans %1.</translation>
    </message>
    <message>
        <source>The demo hospital can only be created in an empty data directory.</source>
        <translation>L&apos;hôpital de démonstration ne peut être créé que dans un dossier de données vide.</translation>
    </message>
</context>
<context>
    <name>DemoOrders</name>
    <message>
        <source>The demo&apos;s doctor, nurse and laboratory users are missing.</source>
        <translation>Les utilisateurs médecin, IDE et laboratoire de la démonstration manquent.</translation>
    </message>
</context>
<context>
    <name>DeviceFreshnessIndex</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>live (this laptop)</source>
        <translation>en direct (ce poste)</translation>
    </message>
    <message>
        <source>%1 old</source>
        <extracomment>%1 is an age such as &quot;4 min&quot; or &quot;1 h 05 min&quot;.</extracomment>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>%1 old — STALE</source>
        <translation>il y a %1 — PÉRIMÉ</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
</context>
<context>
    <name>DowntimeNumber</name>
    <message>
        <source>A downtime sequence number is between %1 and %2, not %3.</source>
        <translation>Le numéro de séquence d&apos;un numéro provisoire doit être compris entre %1 et %2, et non %3.</translation>
    </message>
    <message>
        <source>The downtime number is empty.</source>
        <translation>Le numéro provisoire (mode dégradé) est vide.</translation>
    </message>
    <message>
        <source>The sequence number 000000 is never used: the number was probably mistyped.</source>
        <translation>Le numéro de séquence 000000 n&apos;est jamais utilisé : le numéro a probablement été mal saisi.</translation>
    </message>
    <message>
        <source>%1 is not a valid downtime number: the check character does not match, a character was probably mistyped or two were swapped.</source>
        <translation>%1 n&apos;est pas un numéro provisoire valide : le caractère de contrôle ne correspond pas ; un caractère a probablement été mal saisi ou deux caractères ont été intervertis.</translation>
    </message>
    <message>
        <source>A device code has 2 to 6 letters or digits, %1 has %2.</source>
        <translation>Le code du poste comporte 2 à 6 lettres ou chiffres ; %1 en comporte %2.</translation>
    </message>
    <message>
        <source>A device code uses only capital letters A-Z and digits, not %1.</source>
        <translation>Le code du poste ne contient que des lettres majuscules A-Z et des chiffres, et non %1.</translation>
    </message>
    <message>
        <source>A downtime number contains only letters, digits and dashes, not %1 (for example %2).</source>
        <translation>Un numéro provisoire (mode dégradé) ne contient que des lettres, des chiffres et des tirets, et non %1 (par exemple %2).</translation>
    </message>
    <message>
        <source>A downtime number has a device code, 6 digits and a check character (for example %1): %2 has %3 characters, %4 to %5 expected.</source>
        <translation>Un numéro provisoire se compose du code du poste, de 6 chiffres et d&apos;un caractère de contrôle (par exemple %1) : %2 comporte %3 caractères, %4 à %5 attendus.</translation>
    </message>
    <message>
        <source>%1 does not have the form of a downtime number: device code, 6 digits and check character, for example %2.</source>
        <translation>%1 n&apos;a pas la forme d&apos;un numéro provisoire (mode dégradé) : code du poste, 6 chiffres et caractère de contrôle, par exemple %2.</translation>
    </message>
    <message>
        <source>The six characters before the check character should be digits, not %1 (for example %2).</source>
        <translation>Les six caractères précédant le caractère de contrôle doivent être des chiffres, et non %1 (par exemple %2).</translation>
    </message>
</context>
<context>
    <name>DowntimeRange</name>
    <message>
        <source>A downtime number range must lie within %1 to %2, not %3 to %4.</source>
        <translation>Une plage de numéros provisoires doit être comprise entre %1 et %2, et non de %3 à %4.</translation>
    </message>
    <message>
        <source>The range starts at %1, after its end %2.</source>
        <translation>La plage commence à %1, après sa fin (%2).</translation>
    </message>
</context>
<context>
    <name>DuplicateDetector</name>
    <message>
        <source>same birth name</source>
        <translation>même nom de naissance</translation>
    </message>
    <message>
        <source>same used name</source>
        <translation>même nom d&apos;usage</translation>
    </message>
    <message>
        <source>the birth name of one is the used name of the other</source>
        <translation>le nom de naissance de l&apos;un est le nom d&apos;usage de l&apos;autre</translation>
    </message>
    <message>
        <source>first and last names swapped</source>
        <translation>nom et prénom inversés</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>même date de naissance</translation>
    </message>
    <message>
        <source>names spelt differently (accents, hyphens, apostrophes or spaces)</source>
        <translation>noms orthographiés différemment (accents, traits d&apos;union, apostrophes ou espaces)</translation>
    </message>
    <message>
        <source>spelt differently: %1</source>
        <translation>orthographe différente : %1</translation>
    </message>
</context>
<context>
    <name>EncryptedBackup</name>
    <message>
        <source>Wrong passphrase, or the backup %1 was altered: nothing was restored.</source>
        <translation>Phrase secrète incorrecte, ou la sauvegarde %1 a été modifiée : rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged, altered or incomplete (copy it again): nothing was restored.</source>
        <translation>La sauvegarde %1 est endommagée, modifiée ou incomplète (copiez-la à nouveau) : rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer WhitePlan: update WhitePlan on this laptop first. Nothing was restored.</source>
        <translation>La sauvegarde %1 a été écrite par une version plus récente de WhitePlan : mettez d&apos;abord WhitePlan à jour sur ce poste. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write the backup %1 (was the stick removed?): %2</source>
        <translation>Impossible d&apos;écrire la sauvegarde %1 (la clé a-t-elle été retirée ?) : %2</translation>
    </message>
    <message>
        <source>The backup %1 could not be completed (was the stick removed?): %2. No backup file was left there.</source>
        <translation>La sauvegarde %1 n&apos;a pas pu être terminée (la clé a-t-elle été retirée ?) : %2. Aucun fichier de sauvegarde n&apos;y a été laissé.</translation>
    </message>
</context>
<context>
    <name>ExchangeExporter</name>
    <message>
        <source>%1 is this laptop&apos;s own code: give the code of the laptop the bundle is for.</source>
        <translation>%1 est le code de ce poste : indiquez le code du poste auquel le fichier d&apos;échange est destiné.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a laptop code: a laptop code is 2 to 6 capital letters or digits (for example URG1).</source>
        <translation>« %1 » n&apos;est pas un code de poste : un code de poste compte 2 à 6 lettres majuscules ou chiffres (par exemple URG1).</translation>
    </message>
</context>
<context>
    <name>ExchangeImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>This bundle was made on this laptop (%1): import the other laptop&apos;s bundle.</source>
        <translation>Ce fichier d&apos;échange a été créé sur ce poste (%1) : importez le fichier d&apos;échange de l&apos;autre poste.</translation>
    </message>
    <message>
        <source>Two laptops use the code %1: this laptop and the laptop that wrote this bundle. Their downtime numbers can collide. Nothing was imported: each laptop needs its own code and range; set one of them up again with a new code before they exchange.</source>
        <translation>Deux postes utilisent le code %1 : ce poste et celui qui a écrit ce fichier d&apos;échange. Leurs numéros provisoires peuvent entrer en collision. Rien n&apos;a été importé : chaque poste doit avoir son propre code et sa propre plage ; reconfigurez l&apos;un des deux avec un nouveau code avant tout échange.</translation>
    </message>
    <message>
        <source>This bundle was written for the laptop %1 (it holds only what %1 had not had yet); this laptop is %2. Nothing was imported: take it to %1, or ask %3 for a bundle for %2 or for every laptop.</source>
        <translation>Ce fichier d&apos;échange a été écrit pour le poste %1 (il ne contient que ce que %1 n&apos;avait pas encore reçu) ; ce poste est %2. Rien n&apos;a été importé : apportez-le sur %1, ou demandez à %3 un fichier d&apos;échange pour %2 ou pour tous les postes.</translation>
    </message>
    <message>
        <source>This bundle comes from another hospital, %1; this laptop belongs to %2. Nothing was imported. To take in that hospital&apos;s patients (a transfer), an administrator imports it with --accept-transfer-from &quot;%3&quot; (the Exchange page asks).</source>
        <translation>Ce fichier d&apos;échange vient d&apos;un autre hôpital, %1 ; ce poste appartient à %2. Rien n&apos;a été importé. Pour accueillir les patients de cet hôpital (un transfert), un administrateur l&apos;importe avec --accept-transfer-from « %3 » (la page Échanges le demande).</translation>
    </message>
    <message>
        <source>The transfer accepted is from &quot;%1&quot;, but this bundle comes from %2: nothing was imported.</source>
        <translation>Le transfert accepté vient de « %1 », mais ce fichier d&apos;échange vient de %2 : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Only an administrator can accept a transfer from another hospital: %1</source>
        <translation>Seul un administrateur peut accepter un transfert depuis un autre hôpital : %1</translation>
    </message>
</context>
<context>
    <name>ExportChecklistCommand</name>
    <message>
        <source>Write the back-entry checklist (PDF, one page per patient, counts as in the FHIR bundle).</source>
        <translation>Écrire la liste de contrôle de ressaisie (PDF, une page par patient, mêmes décomptes que dans le Bundle FHIR).</translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation>Fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>Checklist written to %1 (%2 pages).</source>
        <translation>Liste de contrôle écrite dans %1 (%2 pages).</translation>
    </message>
</context>
<context>
    <name>ExportCsvCommand</name>
    <message>
        <source>Write one CSV file per kind of record (patients, observations, notes…) into a folder.</source>
        <translation>Écrire un fichier CSV par type d&apos;enregistrement (patients, constantes, transmissions…) dans un dossier.</translation>
    </message>
    <message>
        <source>Folder to write the CSV files into.</source>
        <translation>Dossier dans lequel écrire les fichiers CSV.</translation>
    </message>
</context>
<context>
    <name>ExportFhirCommand</name>
    <message>
        <source>Write everything recorded during the downtime as a FHIR R4 transaction Bundle (JSON).</source>
        <translation>Écrire tout ce qui a été saisi pendant la panne informatique sous forme de Bundle FHIR R4 de type transaction (JSON).</translation>
    </message>
    <message>
        <source>JSON file to write.</source>
        <translation>Fichier JSON à écrire.</translation>
    </message>
    <message>
        <source>FHIR bundle written to %1:</source>
        <translation>Bundle FHIR écrit dans %1 :</translation>
    </message>
</context>
<context>
    <name>FallbackKit</name>
    <message>
        <source>Observation chart (NEWS2)</source>
        <translation>Feuille de surveillance (NEWS2)</translation>
    </message>
    <message>
        <source>Medication administration record</source>
        <translation>Feuille d&apos;administration des médicaments</translation>
    </message>
    <message>
        <source>Nursing notes (focus charting: Data, Actions, Results)</source>
        <translation>Transmissions ciblées (Données, Actions, Résultats)</translation>
    </message>
    <message>
        <source>paper fallback</source>
        <translation>support papier de secours</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Resp. rate /min</source>
        <translation>Fréq. resp. /min</translation>
    </message>
    <message>
        <source>SpO₂ % (scale 1 or 2)</source>
        <translation>SpO₂ % (échelle 1 ou 2)</translation>
    </message>
    <message>
        <source>Air or O₂ (L/min)</source>
        <translation>Air ou O₂ (L/min)</translation>
    </message>
    <message>
        <source>BP systolic / diastolic</source>
        <translation>PA systolique / diastolique</translation>
    </message>
    <message>
        <source>Pulse /min</source>
        <translation>Pouls /min</translation>
    </message>
    <message>
        <source>ACVPU</source>
        <translation>ACVPU</translation>
    </message>
    <message>
        <source>Temperature °C</source>
        <translation>Température °C</translation>
    </message>
    <message>
        <source>NEWS2 total</source>
        <translation>Total NEWS2</translation>
    </message>
    <message>
        <source>Escalation / action</source>
        <translation>Alerte / conduite à tenir</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initiales</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Relevé %1</translation>
    </message>
    <message>
        <source>NEWS2 key</source>
        <translation>Barème NEWS2</translation>
    </message>
    <message>
        <source>SpO₂ scale 1 %</source>
        <translation>SpO₂ échelle 1 %</translation>
    </message>
    <message>
        <source>SpO₂ scale 2 %</source>
        <translation>SpO₂ échelle 2 %</translation>
    </message>
    <message>
        <source>88–92, ≥93 on air</source>
        <translation>88–92, ≥93 sous air</translation>
    </message>
    <message>
        <source>93–94 on O₂</source>
        <translation>93–94 sous O₂</translation>
    </message>
    <message>
        <source>95–96 on O₂</source>
        <translation>95–96 sous O₂</translation>
    </message>
    <message>
        <source>≥97 on O₂</source>
        <translation>≥97 sous O₂</translation>
    </message>
    <message>
        <source>Air or oxygen</source>
        <translation>Air ou oxygène</translation>
    </message>
    <message>
        <source>oxygen</source>
        <translation>oxygène</translation>
    </message>
    <message>
        <source>air</source>
        <translation>air</translation>
    </message>
    <message>
        <source>Systolic BP mmHg</source>
        <translation>PA systolique mmHg</translation>
    </message>
    <message>
        <source>Consciousness</source>
        <translation>État de conscience</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Éveillé</translation>
    </message>
    <message>
        <source>C, V, P or U</source>
        <translation>C, V, P ou U</translation>
    </message>
    <message>
        <source>Total 0: observations at least 12-hourly. 1–4: low risk, at least 4–6-hourly. A 3 in any one parameter: low–medium risk, at least hourly. 5–6: medium risk, at least hourly. 7 or more: high risk, continuous monitoring. Scale 2 only for documented hypercapnic respiratory failure, chosen by a clinician.</source>
        <translation>Total 0 : surveillance au moins toutes les 12 h. 1–4 : risque faible, au moins toutes les 4 à 6 h. Un 3 sur un seul paramètre : risque faible à moyen, au moins toutes les heures. 5–6 : risque moyen, au moins toutes les heures. 7 ou plus : risque élevé, surveillance continue. Échelle 2 uniquement en cas d&apos;insuffisance respiratoire hypercapnique documentée, sur décision médicale.</translation>
    </message>
    <message>
        <source>Write each prescription in full (drug, dose, route, times, prescriber). In a day column write the time and your initials: G given · H held · R refused (say why in the nursing notes). Weight: %1 kg.</source>
        <translation>Recopiez chaque prescription en entier (médicament, dose, voie, horaires, prescripteur). Dans la colonne du jour, notez l&apos;heure et vos initiales : A administré · S suspendu · R refusé (motif dans les transmissions ciblées). Poids : %1 kg.</translation>
    </message>
    <message>
        <source>Drug · dose · route · prescriber</source>
        <translation>Médicament · dose · voie · prescripteur</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Day %1
__/__</source>
        <translation>Jour %1
__/__</translation>
    </message>
    <message>
        <source>Date, time</source>
        <translation>Date, heure</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>D: data · A: actions · R: results</source>
        <translation>D : données · A : actions · R : résultats</translation>
    </message>
</context>
<context>
    <name>FhirBundleBuilder</name>
    <message>
        <source>Downtime number (WhitePlan)</source>
        <translation>Numéro provisoire (WhitePlan)</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>Fréquence respiratoire</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Fréquence cardiaque</translation>
    </message>
    <message>
        <source>SpO2 (on oxygen)</source>
        <translation>SpO2 (sous oxygène)</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Body temperature</source>
        <translation>Température corporelle</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Pression artérielle</translation>
    </message>
    <message>
        <source>Level of consciousness (ACVPU)</source>
        <translation>Niveau de conscience (ACVPU)</translation>
    </message>
    <message>
        <source>unknown drug</source>
        <translation>médicament inconnu</translation>
    </message>
    <message>
        <source>Recorded in WhitePlan during the IT downtime</source>
        <translation>Saisi dans WhitePlan pendant la panne informatique</translation>
    </message>
</context>
<context>
    <name>FhirImportCommand</name>
    <message>
        <source>%n allergy(ies)</source>
        <translation>%n allergie(s)</translation>
    </message>
    <message>
        <source>%n problem(s)</source>
        <translation>%n problème(s)</translation>
    </message>
    <message>
        <source>%n medication(s) to confirm</source>
        <translation>%n médicament(s) à confirmer</translation>
    </message>
    <message>
        <source>%n chart observation(s)</source>
        <translation>%n relevé(s) de surveillance</translation>
    </message>
    <message>
        <source>%n other vital sign set(s)</source>
        <translation>%n autre(s) série(s) de constantes</translation>
    </message>
    <message>
        <source>%n result(s)</source>
        <translation>%n résultat(s)</translation>
    </message>
    <message>
        <source>%n alert(s)</source>
        <translation>%n alerte(s)</translation>
    </message>
    <message>
        <source>%n procedure(s)</source>
        <translation>%n acte(s)</translation>
    </message>
    <message>
        <source>%n immunization(s)</source>
        <translation>%n vaccination(s)</translation>
    </message>
    <message>
        <source>%n code status(es)</source>
        <translation>%n niveau(x) de soins</translation>
    </message>
    <message>
        <source>Import the hospital&apos;s pre-attack record (FHIR R4 Bundles or Bulk Data NDJSON folders); all or nothing.</source>
        <translation>Importer le dossier de l&apos;hôpital d&apos;avant l&apos;attaque (Bundles FHIR R4 ou dossiers NDJSON Bulk Data) ; tout ou rien.</translation>
    </message>
    <message>
        <source>Read and match everything and say what would be imported; write nothing.</source>
        <translation>Tout lire et rapprocher, dire ce qui serait importé ; ne rien écrire.</translation>
    </message>
    <message>
        <source>Ward for new patients whose hospital ward is not on this laptop.</source>
        <translation>Unité pour les nouveaux patients dont l&apos;unité de l&apos;hôpital n&apos;existe pas sur ce portable.</translation>
    </message>
    <message>
        <source>Take likely matches (same names and birth date) as the same patients; they are skipped otherwise.</source>
        <translation>Tenir les rapprochements probables (mêmes noms et date de naissance) pour les mêmes patients ; sinon ils sont ignorés.</translation>
    </message>
    <message>
        <source>FHIR JSON Bundles or folders of Bulk Data NDJSON files</source>
        <translation>Bundles FHIR JSON ou dossiers de fichiers NDJSON Bulk Data</translation>
    </message>
    <message>
        <source>Give at least one FHIR file or Bulk Data folder.</source>
        <translation>Indiquez au moins un fichier FHIR ou un dossier Bulk Data.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Likely match, not imported: %1</source>
        <translation>Rapprochement probable, non importé : %1</translation>
    </message>
    <message>
        <source>Hospital record as of %1 (%2).</source>
        <translation>Dossier de l&apos;hôpital au %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) (%1 new, %2 matched)</source>
        <translation>
            <numerusform>%n patient (%1 nouveau(x), %2 rapproché(s))</numerusform>
            <numerusform>%n patients (%1 nouveau(x), %2 rapproché(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>Would import: %1.</source>
        <translation>Serait importé : %1.</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importé : %1.</translation>
    </message>
    <message>
        <source>Already present: %1.</source>
        <translation>Déjà présent : %1.</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Non importé : %1.</translation>
    </message>
    <message>
        <source>Likely matches skipped: %1 (see above; confirm them, or give --accept-matches).</source>
        <translation>Rapprochements probables ignorés : %1 (voir ci-dessus ; confirmez-les, ou indiquez --accept-matches).</translation>
    </message>
</context>
<context>
    <name>FhirImporter</name>
    <message>
        <source>There is no ward %1 on this laptop (--ward).</source>
        <translation>Il n&apos;y a pas d&apos;unité %1 sur ce portable (--ward).</translation>
    </message>
    <message>
        <source>%1 (patient not imported)</source>
        <translation>%1 (patient non importé)</translation>
    </message>
    <message>
        <source>%1 %2, born %3 (%4)</source>
        <translation>%1 %2, né(e) le %3 (%4)</translation>
    </message>
    <message>
        <source>%1 may be %2 (%3): %4</source>
        <translation>%1 est peut-être %2 (%3) : %4</translation>
    </message>
    <message>
        <source>Patient (likely match to confirm)</source>
        <translation>Patient (rapprochement probable à confirmer)</translation>
    </message>
    <message>
        <source>%1: not imported, the identity is incomplete or invalid: %2</source>
        <translation>%1 : non importé, l&apos;identité est incomplète ou invalide : %2</translation>
    </message>
    <message>
        <source>Patient (identity incomplete)</source>
        <translation>Patient (identité incomplète)</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1 : non importé : %2</translation>
    </message>
    <message>
        <source>%1 (%2): registered without a bed: %3</source>
        <translation>%1 (%2) : enregistré sans lit : %3</translation>
    </message>
    <message>
        <source>the hospital&apos;s ward %1 is not on this laptop (give --ward)</source>
        <translation>l&apos;unité %1 de l&apos;hôpital n&apos;existe pas sur ce portable (indiquez --ward)</translation>
    </message>
    <message>
        <source>no ward in the hospital record (give --ward)</source>
        <translation>pas d&apos;unité dans le dossier de l&apos;hôpital (indiquez --ward)</translation>
    </message>
    <message>
        <source>%1 (%2): admitted to %3 without a bed: bed %4 is occupied by %5</source>
        <translation>%1 (%2) : admis en %3 sans lit : le lit %4 est occupé par %5</translation>
    </message>
    <message>
        <source>Vital signs of %1 not charted: expected %2</source>
        <translation>Constantes du %1 non reportées sur la feuille de surveillance : attendu %2</translation>
    </message>
    <message>
        <source>Vital signs of %1: %2 left out: %3</source>
        <translation>Constantes du %1 : %2 laissé de côté : %3</translation>
    </message>
    <message>
        <source>Vital signs of %1 not charted: %2</source>
        <translation>Constantes du %1 non reportées sur la feuille de surveillance : %2</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé : rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>FhirReader</name>
    <message>
        <source>%1: no such file or folder.</source>
        <translation>%1 : fichier ou dossier introuvable.</translation>
    </message>
    <message>
        <source>%1: the folder holds no Bulk Data file (*.ndjson).</source>
        <translation>%1 : le dossier ne contient aucun fichier Bulk Data (*.ndjson).</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1 : lecture impossible (%2).</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: malformed JSON (%4).</source>
        <translation>%1, ligne %2, colonne %3 : JSON mal formé (%4).</translation>
    </message>
    <message>
        <source>%1, line %2: each line must hold one JSON object (a FHIR resource).</source>
        <translation>%1, ligne %2 : chaque ligne doit contenir un objet JSON (une ressource FHIR).</translation>
    </message>
    <message>
        <source>%1, line 1: the file must hold one JSON object (a FHIR resource or Bundle).</source>
        <translation>%1, ligne 1 : le fichier doit contenir un objet JSON (une ressource FHIR ou un Bundle).</translation>
    </message>
    <message>
        <source>Cancelled: nothing was read.</source>
        <translation>Annulé : rien n&apos;a été lu.</translation>
    </message>
</context>
<context>
    <name>FhirSettings</name>
    <message>
        <source>Enter the URI of the hospital&apos;s IPP system.</source>
        <translation>Saisissez l&apos;URI du système d&apos;identification des IPP de l&apos;hôpital.</translation>
    </message>
    <message>
        <source>The URI is too long (at most %1 characters).</source>
        <translation>L&apos;URI est trop longue (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>A URI has no spaces.</source>
        <translation>Une URI ne contient pas d&apos;espace.</translation>
    </message>
    <message>
        <source>A URN reads urn:NAMESPACE:VALUE, for example urn:oid:1.2.250.1.71.4.2.7.</source>
        <translation>Une URN s&apos;écrit urn:ESPACE-DE-NOMS:VALEUR, par exemple urn:oid:1.2.250.1.71.4.2.7.</translation>
    </message>
    <message>
        <source>Enter an absolute URI: urn:… or http(s)://… (for example https://hospital.example/ipp).</source>
        <translation>Saisissez une URI absolue : urn:… ou http(s)://… (par exemple https://hopital.example/ipp).</translation>
    </message>
</context>
<context>
    <name>FlowWriter</name>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
</context>
<context>
    <name>ForkDetector</name>
    <message>
        <source>marked entered in error by %1 on %2 at %3</source>
        <translation>marqué saisi par erreur par %1 sur %2 à %3</translation>
    </message>
    <message>
        <source>amended by %1 on %2 at %3</source>
        <translation>corrigé par %1 sur %2 à %3</translation>
    </message>
    <message>
        <source>A %1 record of %2 (version %3) was changed on two laptops independently: %4. WhitePlan shows the most recent change on every laptop; check which one is right and amend the record if needed.</source>
        <translation>Un enregistrement %1 de %2 (version %3) a été modifié sur deux postes indépendamment : %4. WhitePlan affiche la modification la plus récente sur tous les postes ; vérifiez laquelle est juste et corrigez l&apos;enregistrement si nécessaire.</translation>
    </message>
</context>
<context>
    <name>FormDefinitionParser</name>
    <message>
        <source>unknown property %1 (expected one of %2)</source>
        <translation>propriété %1 inconnue (valeurs attendues : %2)</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>propriété %1 manquante</translation>
    </message>
    <message>
        <source>%1 should be a non-empty string, not %2</source>
        <translation>%1 doit être une chaîne non vide, et non %2</translation>
    </message>
    <message>
        <source>id %1 should use only lower-case letters, digits and _ and start with a letter</source>
        <translation>l&apos;id %1 ne doit contenir que des lettres minuscules, des chiffres et _, et doit commencer par une lettre</translation>
    </message>
    <message>
        <source>%1 should be a text or an object {&quot;en&quot;: ..., &quot;fr&quot;: ...}, not %2</source>
        <translation>%1 doit être un texte ou un objet {&quot;en&quot;: ..., &quot;fr&quot;: ...}, et non %2</translation>
    </message>
    <message>
        <source>%1 should be a text, not %2</source>
        <translation>%1 doit être un texte, et non %2</translation>
    </message>
    <message>
        <source>%1 needs an English or French text</source>
        <translation>%1 nécessite un texte en anglais ou en français</translation>
    </message>
    <message>
        <source>%1 should be an object {&quot;min&quot;: ..., &quot;max&quot;: ...}, not %2</source>
        <translation>%1 doit être un objet {&quot;min&quot;: ..., &quot;max&quot;: ...}, et non %2</translation>
    </message>
    <message>
        <source>%1 needs numbers &quot;min&quot; and &quot;max&quot;</source>
        <translation>%1 nécessite les nombres &quot;min&quot; et &quot;max&quot;</translation>
    </message>
    <message>
        <source>%1 range has min %2 greater than max %3</source>
        <translation>la plage %1 a un min (%2) supérieur au max (%3)</translation>
    </message>
    <message>
        <source>a %1 field needs a non-empty list of &quot;options&quot;</source>
        <translation>un champ de type %1 nécessite une liste &quot;options&quot; non vide</translation>
    </message>
    <message>
        <source>: option %1</source>
        <translation>: option %1</translation>
    </message>
    <message>
        <source>should be an object {&quot;value&quot;: ..., &quot;label&quot;: ...}, not %1</source>
        <translation>doit être un objet {&quot;value&quot;: ..., &quot;label&quot;: ...}, et non %1</translation>
    </message>
    <message>
        <source>option value %1 appears twice</source>
        <translation>la valeur d&apos;option %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>unknown computation %1 (expected one of %2)</source>
        <translation>calcul %1 inconnu (valeurs attendues : %2)</translation>
    </message>
    <message>
        <source>&quot;inputs&quot; should be an object mapping roles to field ids, not %1</source>
        <translation>&quot;inputs&quot; doit être un objet associant des rôles à des id de champs, et non %1</translation>
    </message>
    <message>
        <source>computation %1 needs the input %2</source>
        <translation>le calcul %1 nécessite l&apos;entrée %2</translation>
    </message>
    <message>
        <source>input %1 should be %2, not %3</source>
        <translation>l&apos;entrée %1 doit être %2, et non %3</translation>
    </message>
    <message>
        <source>a list of field ids</source>
        <translation>une liste d&apos;id de champs</translation>
    </message>
    <message>
        <source>a field id</source>
        <translation>un id de champ</translation>
    </message>
    <message>
        <source>: field %1</source>
        <translation>: champ %1</translation>
    </message>
    <message>
        <source>should be an object, not %1</source>
        <translation>doit être un objet, et non %1</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>champ %1</translation>
    </message>
    <message>
        <source>missing &apos;type&apos;</source>
        <translation>propriété &apos;type&apos; manquante</translation>
    </message>
    <message>
        <source>unknown type %1 (expected one of %2)</source>
        <translation>type %1 inconnu (valeurs attendues : %2)</translation>
    </message>
    <message>
        <source>&apos;required&apos; should be true or false, not %1</source>
        <translation>&apos;required&apos; doit valoir true ou false, et non %1</translation>
    </message>
    <message>
        <source>&apos;unit&apos; should be a text, not %1</source>
        <translation>&apos;unit&apos; doit être un texte, et non %1</translation>
    </message>
    <message>
        <source>the plausible range %1-%2 goes beyond the possible range %3-%4</source>
        <translation>la plage plausible %1-%2 dépasse la plage possible %3-%4</translation>
    </message>
    <message>
        <source>&apos;decimals&apos; should be a whole number from 0 to %1</source>
        <translation>&apos;decimals&apos; doit être un nombre entier de 0 à %1</translation>
    </message>
    <message>
        <source>&apos;max_length&apos; should be a positive whole number</source>
        <translation>&apos;max_length&apos; doit être un nombre entier positif</translation>
    </message>
    <message>
        <source>&apos;visible_if&apos; should be an object {&quot;field&quot;: ..., &quot;equals&quot;: ...}, not %1</source>
        <translation>&apos;visible_if&apos; doit être un objet {&quot;field&quot;: ..., &quot;equals&quot;: ...}, et non %1</translation>
    </message>
    <message>
        <source>needs exactly one of &quot;equals&quot; (a value) or &quot;in&quot; (a list of values)</source>
        <translation>nécessite exactement une des propriétés &quot;equals&quot; (une valeur) ou &quot;in&quot; (une liste de valeurs)</translation>
    </message>
    <message>
        <source>&quot;in&quot; should be a non-empty list of values</source>
        <translation>&quot;in&quot; doit être une liste de valeurs non vide</translation>
    </message>
    <message>
        <source>visible_if refers to unknown field %1</source>
        <translation>visible_if fait référence au champ inconnu %1</translation>
    </message>
    <message>
        <source>visible_if refers to the field itself</source>
        <translation>visible_if fait référence au champ lui-même</translation>
    </message>
    <message>
        <source>visible_if value %1 is not an option of field %2</source>
        <translation>la valeur %1 de visible_if n&apos;est pas une option du champ %2</translation>
    </message>
    <message>
        <source>visible_if on yes/no field %1 should compare with true or false</source>
        <translation>sur le champ oui/non %1, visible_if doit comparer avec true ou false</translation>
    </message>
    <message>
        <source>visible_if cannot depend on the computed field %1</source>
        <translation>visible_if ne peut pas dépendre du champ calculé %1</translation>
    </message>
    <message>
        <source>visible_if conditions form a cycle</source>
        <translation>les conditions visible_if forment un cycle</translation>
    </message>
    <message>
        <source>input %1 of computation %2 refers to unknown field %3</source>
        <translation>l&apos;entrée %1 du calcul %2 fait référence au champ inconnu %3</translation>
    </message>
    <message>
        <source>input %1 should be a number field, but %2 is of type %3</source>
        <translation>l&apos;entrée %1 doit être un champ numérique, mais %2 est de type %3</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>JSON non valide (%1) : %2</translation>
    </message>
    <message>
        <source>the file should contain one JSON object</source>
        <translation>le fichier doit contenir un seul objet JSON</translation>
    </message>
    <message>
        <source>missing &apos;version&apos;</source>
        <translation>propriété &apos;version&apos; manquante</translation>
    </message>
    <message>
        <source>&apos;version&apos; should be a whole number from 1, not %1</source>
        <translation>&apos;version&apos; doit être un nombre entier supérieur ou égal à 1, et non %1</translation>
    </message>
    <message>
        <source>&apos;sections&apos; should be a non-empty list</source>
        <translation>&apos;sections&apos; doit être une liste non vide</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>section %1</translation>
    </message>
    <message>
        <source>duplicate section id</source>
        <translation>id de section en double</translation>
    </message>
    <message>
        <source>&apos;fields&apos; should be a non-empty list</source>
        <translation>&apos;fields&apos; doit être une liste non vide</translation>
    </message>
    <message>
        <source>duplicate field id (already in section %1)</source>
        <translation>id de champ en double (déjà présent dans la section %1)</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>&apos;rules&apos; should be a list, not %1</source>
        <translation>&apos;rules&apos; devrait être une liste, pas %1</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>règle %1</translation>
    </message>
    <message>
        <source>duplicate rule id</source>
        <translation>identifiant de règle en double</translation>
    </message>
    <message>
        <source>needs exactly one comparison among %1</source>
        <translation>il faut exactement une comparaison parmi %1</translation>
    </message>
    <message>
        <source>&apos;severity&apos; should be &quot;error&quot; or &quot;warning&quot;</source>
        <translation>&apos;severity&apos; doit valoir &quot;error&quot; ou &quot;warning&quot;</translation>
    </message>
    <message>
        <source>refers to unknown field %1</source>
        <translation>fait référence au champ inconnu %1</translation>
    </message>
    <message>
        <source>compares the field %1 with itself</source>
        <translation>compare le champ %1 avec lui-même</translation>
    </message>
    <message>
        <source>can compare two number fields or two datetime fields, not %1 (%2) with %3 (%4)</source>
        <translation>peut comparer deux champs numériques ou deux champs date et heure, pas %1 (%2) avec %3 (%4)</translation>
    </message>
</context>
<context>
    <name>FormEntryService</name>
    <message>
        <source>There is no form called %1.</source>
        <translation>Aucun formulaire nommé %1.</translation>
    </message>
    <message>
        <source>SpO2 scale 2 is only for patients for whom a doctor has set it (hypercapnic respiratory failure).</source>
        <translation>L&apos;échelle SpO2 2 est réservée aux patients pour lesquels un médecin l&apos;a prescrite (insuffisance respiratoire hypercapnique).</translation>
    </message>
    <message>
        <source>The SpO2 scale is 1 or 2.</source>
        <translation>L&apos;échelle SpO2 vaut 1 ou 2.</translation>
    </message>
    <message>
        <source>Say why the SpO2 scale changes.</source>
        <translation>Indiquez le motif du changement d&apos;échelle SpO2.</translation>
    </message>
    <message>
        <source>The time taken, %1, is later than this laptop&apos;s clock (%2): nothing was saved. Check the time entered, or the laptop&apos;s clock.</source>
        <translation>L&apos;heure du relevé, %1, est postérieure à l&apos;horloge de ce poste (%2) : rien n&apos;a été enregistré. Vérifiez l&apos;heure saisie, ou l&apos;horloge du poste.</translation>
    </message>
    <message>
        <source>The time taken, %1, is before the patient&apos;s birth on %2: nothing was saved.</source>
        <translation>L&apos;heure du relevé, %1, est antérieure à la naissance du patient le %2 : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>High-risk drug: a second nurse must check this dose with their own password.</source>
        <translation>Médicament à risque : une seconde infirmière doit contrôler cette administration avec son propre mot de passe.</translation>
    </message>
</context>
<context>
    <name>FormRegistry</name>
    <message>
        <source>%1: the forms folder does not exist.</source>
        <translation>%1 : le dossier des formulaires n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1: form &apos;%2&apos; version %3 is already defined by %4; this file is ignored.</source>
        <translation>%1 : le formulaire « %2 » version %3 est déjà défini par %4 ; ce fichier est ignoré.</translation>
    </message>
</context>
<context>
    <name>FormValidator</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 : champ obligatoire.</translation>
    </message>
    <message>
        <source>%1 should be a text.</source>
        <translation>%1 : un texte est attendu.</translation>
    </message>
    <message>
        <source>%1 should be a whole number, not %2.</source>
        <translation>%1 : un nombre entier est attendu, et non %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %n decimal(s), not %2.</source>
        <translation>
            <numerusform>%1 : %n décimale au maximum, et non %2.</numerusform>
            <numerusform>%1 : %n décimales au maximum, et non %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 is not possible: it must be between %3 and %4.</source>
        <translation>%1 : valeur %2 impossible, elle doit être comprise entre %3 et %4.</translation>
    </message>
    <message>
        <source>%1 of %2 is unusual (usually %3 to %4): please check it.</source>
        <translation>%1 : valeur %2 inhabituelle (habituellement de %3 à %4), veuillez la vérifier.</translation>
    </message>
    <message>
        <source>%1 should be a list of choices.</source>
        <translation>%1 : une liste de choix est attendue.</translation>
    </message>
    <message>
        <source>%1 should be yes or no.</source>
        <translation>%1 : la réponse doit être oui ou non.</translation>
    </message>
    <message>
        <source>There is no field %1 in the form &apos;%2&apos;.</source>
        <translation>Le formulaire « %2 » ne contient aucun champ %1.</translation>
    </message>
    <message>
        <source>%1 should be %2.</source>
        <translation>%1 : on attend %2.</translation>
    </message>
    <message>
        <source>%1 should be a number, not %2.</source>
        <translation>%1 : un nombre est attendu, et non %2.</translation>
    </message>
    <message>
        <source>%1 should be a date and time like 2026-11-28T14:30, not %2.</source>
        <translation>%1 : une date et une heure sont attendues, par exemple 2026-11-28T14:30, et non %2.</translation>
    </message>
    <message>
        <source>%1 is not one of the choices of %2.</source>
        <translation>%1 ne fait pas partie des choix de %2.</translation>
    </message>
    <message>
        <source>%1 is chosen twice in %2.</source>
        <translation>%1 est choisi deux fois dans %2.</translation>
    </message>
</context>
<context>
    <name>FormularyCsv</name>
    <message>
        <source>a number such as 500 or 0.25, not %1</source>
        <translation>un nombre comme 500 ou 0.25, pas %1</translation>
    </message>
    <message>
        <source>a number above zero, or nothing</source>
        <translation>un nombre supérieur à zéro, ou rien</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB: not a formulary.</source>
        <translation>%1 dépasse 64 Mo : ce n&apos;est pas un livret thérapeutique.</translation>
    </message>
    <message>
        <source>a code of 1 to 40 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, not %1</source>
        <translation>un code de 1 à 40 lettres, chiffres, « . », « _ » ou « - », pas %1</translation>
    </message>
    <message>
        <source>a code not already used (%1 is on line %2)</source>
        <translation>un code pas encore utilisé (%1 est à la ligne %2)</translation>
    </message>
    <message>
        <source>the international non-proprietary name (1 to 200 characters)</source>
        <translation>la dénomination commune internationale (1 à 200 caractères)</translation>
    </message>
    <message>
        <source>the pharmaceutical form (tablet, injection…)</source>
        <translation>la forme pharmaceutique (comprimé, injectable…)</translation>
    </message>
    <message>
        <source>one of %1, not %2</source>
        <translation>l&apos;une des valeurs %1, pas %2</translation>
    </message>
    <message>
        <source>UNIT:AMOUNT pairs separated by &apos;|&apos; with UNIT one of %1, not %2</source>
        <translation>des paires UNITÉ:QUANTITÉ séparées par « | », UNITÉ parmi %1, pas %2</translation>
    </message>
    <message>
        <source>an amount after %1:</source>
        <translation>une quantité après %1:</translation>
    </message>
    <message>
        <source>at least one route (%1), separated by &apos;|&apos;</source>
        <translation>au moins une voie (%1), séparées par « | »</translation>
    </message>
    <message>
        <source>routes among %1, not %2</source>
        <translation>des voies parmi %1, pas %2</translation>
    </message>
    <message>
        <source>a class code in lower case letters, digits and &apos;-&apos;, not %1</source>
        <translation>un code de classe en minuscules, chiffres et « - », pas %1</translation>
    </message>
    <message>
        <source>an ATC code such as J01CA04, not %1</source>
        <translation>un code ATC comme J01CA04, pas %1</translation>
    </message>
    <message>
        <source>class codes in lower case letters, digits and &apos;-&apos;, separated by &apos;|&apos;, not %1</source>
        <translation>des codes de classe en minuscules, chiffres et « - », séparés par « | », pas %1</translation>
    </message>
    <message>
        <source>a maximum at least the usual dose (%1)</source>
        <translation>un maximum au moins égal à la dose usuelle (%1)</translation>
    </message>
    <message>
        <source>at least the maximum per administration (%1)</source>
        <translation>au moins le maximum par administration (%1)</translation>
    </message>
    <message>
        <source>yes or no, not %1</source>
        <translation>yes ou no, pas %1</translation>
    </message>
    <message>
        <source>at least one drug</source>
        <translation>au moins un médicament</translation>
    </message>
</context>
<context>
    <name>FormularyImportCommand</name>
    <message>
        <source>Import the pharmacy&apos;s formulary from CSV; all or nothing, it replaces the one in use.</source>
        <translation>Importer le livret thérapeutique de la pharmacie depuis un CSV ; tout ou rien, il remplace celui en service.</translation>
    </message>
    <message>
        <source>formulary.csv</source>
        <translation>formulary.csv</translation>
    </message>
    <message>
        <source>Check the whole file and write nothing.</source>
        <translation>Vérifier tout le fichier sans rien enregistrer.</translation>
    </message>
    <message>
        <source>Give exactly one CSV file.</source>
        <translation>Indiquez exactement un fichier CSV.</translation>
    </message>
    <message>
        <source>The formulary file</source>
        <translation>Le fichier du livret thérapeutique</translation>
    </message>
    <message>
        <source>%1 drug(s), %2 high-risk; %3 added, %4 removed, %5 changed.</source>
        <translation>%1 médicament(s), dont %2 à risque ; %3 ajouté(s), %4 retiré(s), %5 modifié(s).</translation>
    </message>
    <message>
        <source>Dry run: %1 Nothing was written.</source>
        <translation>Essai à blanc : %1 Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Formulary imported: %1</source>
        <translation>Livret thérapeutique importé : %1</translation>
    </message>
</context>
<context>
    <name>FormularyStore</name>
    <message>
        <source>%1: %2 drug(s), %3 added, %4 removed, %5 changed</source>
        <translation>%1 : %2 médicament(s), %3 ajouté(s), %4 retiré(s), %5 modifié(s)</translation>
    </message>
</context>
<context>
    <name>HandoverSheet</name>
    <message>
        <source>No ward %1 (wards: %2).</source>
        <translation>Le service %1 n&apos;existe pas (services : %2).</translation>
    </message>
    <message>
        <source>Ward handover</source>
        <translation>Transmissions du service</translation>
    </message>
    <message>
        <source> · medium or high risk only</source>
        <translation> · risque moyen ou élevé uniquement</translation>
    </message>
    <message>
        <source> · selected patients</source>
        <translation> · patients sélectionnés</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Lit</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Allergies · code status · isolation</source>
        <translation>Allergies · niveau de soins · isolement</translation>
    </message>
    <message>
        <source>Situation · background</source>
        <translation>Situation · antécédents</translation>
    </message>
    <message>
        <source>Observations · NEWS2 · severity</source>
        <translation>Constantes · NEWS2 · gravité</translation>
    </message>
    <message>
        <source>Due this shift</source>
        <translation>Prévu pour cette équipe</translation>
    </message>
    <message>
        <source>To do (owner) · notes</source>
        <translation>À faire (par qui) · remarques</translation>
    </message>
    <message>
        <source>Patients: %1 · NEWS2 high risk: %2 · medium risk: %3</source>
        <translation>Patients : %1 · NEWS2 risque élevé : %2 · risque moyen : %3</translation>
    </message>
    <message>
        <source> · lower-risk patients not shown: %1</source>
        <translation> · patients à risque plus faible non affichés : %1</translation>
    </message>
    <message>
        <source>No patient at medium or high risk.</source>
        <translation>Aucun patient à risque moyen ou élevé.</translation>
    </message>
    <message>
        <source>No patient in this ward.</source>
        <translation>Aucun patient dans ce service.</translation>
    </message>
    <message>
        <source>%1 y · %2 · born %3</source>
        <translation>%1 ans · %2 · né(e) %3</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>N° %1</translation>
    </message>
    <message>
        <source>IPP %1</source>
        <translation>IPP %1</translation>
    </message>
    <message>
        <source>Admitted %1</source>
        <translation>Admission : %1</translation>
    </message>
    <message>
        <source>ALLERGIES</source>
        <translation>ALLERGIES</translation>
    </message>
    <message>
        <source>Code status: %1</source>
        <translation>Niveau de soins : %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Isolation: %1</source>
        <translation>Isolement : %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Reason for admission not recorded</source>
        <translation>Motif d&apos;admission non renseigné</translation>
    </message>
    <message>
        <source>Lines/drains: %1</source>
        <translation>Cathéters/drains : %1</translation>
    </message>
    <message>
        <source>Planned transfer: %1</source>
        <translation>Transfert prévu : %1</translation>
    </message>
    <message>
        <source> (SAMU %1)</source>
        <translation> (SAMU %1)</translation>
    </message>
    <message>
        <source>Planned surgery: %1</source>
        <translation>Intervention prévue : %1</translation>
    </message>
    <message>
        <source>NEWS2 %1</source>
        <translation>NEWS2 %1</translation>
    </message>
    <message>
        <source>NEWS2 incomplete</source>
        <translation>NEWS2 incomplet</translation>
    </message>
    <message>
        <source>%1 risk · %2</source>
        <translation>Risque : %1 · %2</translation>
    </message>
    <message>
        <source>at %1: %2</source>
        <translation>à %1 : %2</translation>
    </message>
    <message>
        <source>No observations recorded</source>
        <translation>Aucune constante saisie</translation>
    </message>
    <message>
        <source>Observations: now</source>
        <translation>Constantes : à faire maintenant</translation>
    </message>
    <message>
        <source>Observations: now (last set incomplete)</source>
        <translation>Constantes : à faire maintenant (dernier relevé incomplet)</translation>
    </message>
    <message>
        <source>Observations OVERDUE since %1</source>
        <translation>Constantes EN RETARD depuis %1</translation>
    </message>
    <message>
        <source>Observations by %1</source>
        <translation>Constantes avant %1</translation>
    </message>
    <message>
        <source>Medications:</source>
        <translation>Médicaments :</translation>
    </message>
    <message>
        <source>As needed: %1</source>
        <translation>Si besoin : %1</translation>
    </message>
    <message>
        <source> · free: bed %1</source>
        <translation> · libre : lit %1</translation>
    </message>
    <message>
        <source> · free: %1 beds (%2)</source>
        <translation> · libres : %1 lits (%2)</translation>
    </message>
    <message>
        <source>CONTINUOUS monitoring (last set %1)</source>
        <translation>Surveillance CONTINUE (dernier relevé %1)</translation>
    </message>
    <message>
        <source>Lab pending: %1</source>
        <translation>Bio en attente : %1</translation>
    </message>
    <message>
        <source>Lab latest: %1</source>
        <translation>Bio dernière : %1</translation>
    </message>
</context>
<context>
    <name>HandoverShift</name>
    <message>
        <source>Morning shift (07:00–14:00)</source>
        <translation>Équipe du matin (07:00–14:00)</translation>
    </message>
    <message>
        <source>Afternoon shift (14:00–21:00)</source>
        <translation>Équipe d&apos;après-midi (14:00–21:00)</translation>
    </message>
    <message>
        <source>Night shift (21:00–07:00)</source>
        <translation>Équipe de nuit (21:00–07:00)</translation>
    </message>
</context>
<context>
    <name>HighRiskAdministration</name>
    <message>
        <source>High-risk drug: a second nurse must check this dose and type their own login and password.</source>
        <translation>Médicament à risque : une seconde infirmière doit contrôler cette administration et saisir son identifiant et son mot de passe.</translation>
    </message>
    <message>
        <source>The second check must be made by another person than the one giving the dose.</source>
        <translation>Le second contrôle doit être fait par une autre personne que celle qui administre.</translation>
    </message>
    <message>
        <source>Second check refused: %1</source>
        <translation>Second contrôle refusé : %1</translation>
    </message>
    <message>
        <source>Second check refused: %1 (%2) does not record care.</source>
        <translation>Second contrôle refusé : %1 (%2) n&apos;enregistre pas de soins.</translation>
    </message>
    <message>
        <source>given by %1, checked by %2</source>
        <translation>administré par %1, contrôlé par %2</translation>
    </message>
</context>
<context>
    <name>HospitalCensusCommand</name>
    <message>
        <source>Every ward&apos;s beds, patients and free beds, with the age of its figures.</source>
        <translation>Les lits, patients et lits libres de chaque service, avec l&apos;âge de ses chiffres.</translation>
    </message>
    <message>
        <source>Arrivals and departures over the last N hours (default 24).</source>
        <translation>Arrivées et départs des N dernières heures (24 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Lits</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Occupés</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libres</translation>
    </message>
    <message>
        <source>No bed</source>
        <translation>Sans lit</translation>
    </message>
    <message>
        <source>Arriving</source>
        <translation>Arrivées</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>Départs</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Données du</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Fraîcheur</translation>
    </message>
    <message>
        <source>Hospital census at %1 — arrivals and departures since %2</source>
        <translation>Occupation de l&apos;hôpital à %1 — arrivées et départs depuis %2</translation>
    </message>
    <message>
        <source>Figures from other laptops are as recent as the newest record received from them (bundle or hub). Call a ward whose figures are STALE before relying on them.</source>
        <translation>Les chiffres des autres postes datent de leur saisie la plus récente reçue ici (fichier d&apos;échange ou hub). Appelez un service dont les chiffres sont PÉRIMÉS avant de vous y fier.</translation>
    </message>
</context>
<context>
    <name>HospitalFindCommand</name>
    <message>
        <source>Find a patient anywhere in the hospital: where they are now, and how old that is.</source>
        <translation>Trouver un patient n&apos;importe où dans l&apos;hôpital : où il est maintenant, et de quand date l&apos;information.</translation>
    </message>
    <message>
        <source>At most N patients (default 50).</source>
        <translation>Au plus N patients (50 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Names, a birth date (31/12/1950 or 1950-12-31), a downtime number or an IPP.</source>
        <translation>Des noms, une date de naissance (31/12/1950 ou 1950-12-31), un numéro provisoire ou un IPP.</translation>
    </message>
    <message>
        <source>Give a QUERY: a name, a birth date, a downtime number or an IPP.</source>
        <translation>Donnez une RECHERCHE : un nom, une date de naissance, un numéro provisoire ou un IPP.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>Where now</source>
        <translation>Où maintenant</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Saisi le</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Fraîcheur</translation>
    </message>
    <message>
        <source>No patient matches %1 on this laptop.</source>
        <translation>Aucun patient ne correspond à %1 sur ce poste.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HospitalMovement</name>
    <message>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>Move between wards</source>
        <translation>Mutation entre services</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Transfert sortant</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Décès</translation>
    </message>
</context>
<context>
    <name>HospitalOutput</name>
    <message>
        <source>Use the data directory DIR instead of the default.</source>
        <translation>Utiliser le dossier de données DOSSIER au lieu du dossier par défaut.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Output format: text (default) or csv.</source>
        <translation>Format de sortie : text (par défaut) ou csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
</context>
<context>
    <name>HospitalRecordService</name>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Code status</source>
        <translation>Limitation des soins</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Actes et interventions</translation>
    </message>
    <message>
        <source>Immunizations</source>
        <translation>Vaccinations</translation>
    </message>
    <message>
        <source>Hospital record (snapshot time unknown)</source>
        <translation>Dossier hospitalier (date de l’extraction inconnue)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) old</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Hospital record as of %1 (%2)</source>
        <translation>Dossier hospitalier au %1 (%2)</translation>
    </message>
    <message>
        <source> (range %1–%2)</source>
        <translation> (normes %1–%2)</translation>
    </message>
    <message>
        <source>No known allergy</source>
        <translation>Pas d’allergie connue</translation>
    </message>
    <message>
        <source> (high criticality)</source>
        <translation> (criticité élevée)</translation>
    </message>
</context>
<context>
    <name>HospitalSitrep</name>
    <message>
        <source>(destination not recorded)</source>
        <translation>(destination non renseignée)</translation>
    </message>
</context>
<context>
    <name>HospitalSitrepCommand</name>
    <message>
        <source>The situation report&apos;s figures for the crisis cell, with the age of each ward&apos;s data.</source>
        <translation>Les chiffres du point de situation pour la cellule de crise, avec l&apos;âge des données de chaque service.</translation>
    </message>
    <message>
        <source>Movements over the last N hours (default 24).</source>
        <translation>Mouvements des N dernières heures (24 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Situation report at %1 — movements since %2</source>
        <translation>Point de situation à %1 — mouvements depuis %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Free beds</source>
        <translation>Lits libres</translation>
    </message>
    <message>
        <source>NEWS2 ≥ 5</source>
        <translation>NEWS2 ≥ 5</translation>
    </message>
    <message>
        <source>NEWS2 ≥ 7</source>
        <translation>NEWS2 ≥ 7</translation>
    </message>
    <message>
        <source>Transfers pending</source>
        <translation>Transferts en attente</translation>
    </message>
    <message>
        <source>Arriving</source>
        <translation>Arrivées</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>Départs</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Admissions: %1 · moves between wards: %2 · transfers out: %3 · discharges: %4 · deaths: %5</source>
        <translation>Admissions : %1 · mutations entre services : %2 · transferts sortants : %3 · sorties : %4 · décès : %5</translation>
    </message>
    <message>
        <source>  transferred to %1: %2</source>
        <translation>  transférés vers %1 : %2</translation>
    </message>
    <message>
        <source>Operations postponed: %1 (P1 %2 · P2 %3 · P3 %4 · P4 %5)</source>
        <translation>Interventions reportées : %1 (P1 %2 · P2 %3 · P3 %4 · P4 %5)</translation>
    </message>
    <message>
        <source>Operations postponed: no theatre list on this laptop.</source>
        <translation>Interventions reportées : aucun programme opératoire sur ce poste.</translation>
    </message>
    <message>
        <source>Newest record held from each laptop:</source>
        <translation>Saisie la plus récente reçue de chaque poste :</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Saisies</translation>
    </message>
    <message>
        <source>Newest record</source>
        <translation>Saisie la plus récente</translation>
    </message>
</context>
<context>
    <name>HospitalTransfersCommand</name>
    <message>
        <source>The transfer register: movements between wards and hospitals, with their times.</source>
        <translation>Le registre des transferts : mouvements entre services et établissements, avec leurs heures.</translation>
    </message>
    <message>
        <source>Only the last N hours (default: every movement).</source>
        <translation>Seulement les N dernières heures (par défaut : tous les mouvements).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>SAMU</source>
        <translation>SAMU</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Saisi le</translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s)</source>
        <translation>
            <numerusform>%n mouvement</numerusform>
            <numerusform>%n mouvements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HubJoin</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a PEM file holding a %2.</source>
        <translation>%1 n&apos;est pas un fichier PEM contenant un %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The hub&apos;s host name or address is required.</source>
        <translation>Le nom ou l&apos;adresse du serveur central est obligatoire.</translation>
    </message>
    <message>
        <source>The hub&apos;s port must be between 1 and 65535.</source>
        <translation>Le port du serveur central doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>This laptop already uses the hub %1 port %2: leave it first (hub leave).</source>
        <translation>Ce poste utilise déjà le serveur central %1 port %2 : quittez-le d&apos;abord (hub leave).</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>This laptop has not joined a hub.</source>
        <translation>Ce poste n&apos;a rejoint aucun serveur central.</translation>
    </message>
</context>
<context>
    <name>HubJoinCommand</name>
    <message>
        <source>Join the hospital hub (network mode) with the certificate files of this laptop.</source>
        <translation>Rejoindre le serveur central de l&apos;hôpital (mode réseau) avec les fichiers de certificat de ce poste.</translation>
    </message>
    <message>
        <source>The hub&apos;s host name or address (as in its certificate).</source>
        <translation>Nom ou adresse du serveur central (tel que dans son certificat).</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HÔTE</translation>
    </message>
    <message>
        <source>Connect to this address while checking the certificate against --host.</source>
        <translation>Se connecter à cette adresse en vérifiant le certificat d&apos;après --host.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>The hub&apos;s port (default 5432).</source>
        <translation>Port du serveur central (5432 par défaut).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>The hub&apos;s CA certificate (ca.crt from whiteplan-hub enrol).</source>
        <translation>Certificat de l&apos;autorité du serveur central (ca.crt donné par whiteplan-hub enrol).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>This laptop&apos;s certificate (CODE.crt).</source>
        <translation>Certificat de ce poste (CODE.crt).</translation>
    </message>
    <message>
        <source>This laptop&apos;s key (CODE.key).</source>
        <translation>Clé de ce poste (CODE.key).</translation>
    </message>
    <message>
        <source>Joined the hub %1 port %2: run &quot;hub sync&quot; to send and receive.</source>
        <translation>Serveur central %1 port %2 rejoint : lancez « hub sync » pour envoyer et recevoir.</translation>
    </message>
</context>
<context>
    <name>HubLeaveCommand</name>
    <message>
        <source>Leave the hub: this laptop works alone again (its data stays).</source>
        <translation>Quitter le serveur central : ce poste travaille de nouveau seul (ses données restent).</translation>
    </message>
    <message>
        <source>Left the hub: this laptop works alone; bundles carry its data.</source>
        <translation>Serveur central quitté : ce poste travaille seul ; les fichiers d&apos;échange transportent ses données.</translation>
    </message>
</context>
<context>
    <name>HubStatusCommand</name>
    <message>
        <source>Show whether this laptop is joined to a hub, and how up to date it is.</source>
        <translation>Indiquer si ce poste a rejoint un serveur central, et s&apos;il est à jour.</translation>
    </message>
    <message>
        <source>hub: %1 port %2</source>
        <translation>serveur central : %1 port %2</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>en attente : %1</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>alarms: %1</source>
        <translation>alarmes : %1</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>dernière erreur : %1</translation>
    </message>
</context>
<context>
    <name>HubStatusText</name>
    <message>
        <source>%1 s ago</source>
        <translation>il y a %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>Hub: off (this laptop works alone; bundles carry its data)</source>
        <translation>Serveur central : désactivé (ce poste travaille seul ; les fichiers d&apos;échange transportent ses données)</translation>
    </message>
    <message numerus="yes">
        <source>Hub: %n change(s) waiting — unreachable since %1, working offline</source>
        <translation>
            <numerusform>Serveur central : %n modification en attente — injoignable depuis %1, travail hors ligne</numerusform>
            <numerusform>Serveur central : %n modifications en attente — injoignable depuis %1, travail hors ligne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hub: joined, not synchronised yet (%n change(s) waiting)</source>
        <translation>
            <numerusform>Serveur central : rejoint, pas encore synchronisé (%n modification en attente)</numerusform>
            <numerusform>Serveur central : rejoint, pas encore synchronisé (%n modifications en attente)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hub: integrity alarm (%n record version(s) refused by the hub) — call the IT team</source>
        <translation>
            <numerusform>Serveur central : alarme d&apos;intégrité (%n version d&apos;enregistrement refusée par le serveur central) — appelez l&apos;équipe informatique</numerusform>
            <numerusform>Serveur central : alarme d&apos;intégrité (%n versions d&apos;enregistrement refusées par le serveur central) — appelez l&apos;équipe informatique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hub: %n change(s) waiting (last sync %1)</source>
        <translation>
            <numerusform>Serveur central : %n modification en attente (dernière synchronisation %1)</numerusform>
            <numerusform>Serveur central : %n modifications en attente (dernière synchronisation %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub: up to date (%1)</source>
        <translation>Serveur central : à jour (%1)</translation>
    </message>
</context>
<context>
    <name>HubSync</name>
    <message>
        <source>This laptop has not joined a hub: an administrator joins one first (hub join).</source>
        <translation>Ce poste n&apos;a rejoint aucun serveur central : un administrateur doit d&apos;abord le faire (hub join).</translation>
    </message>
    <message>
        <source>the hub holds %1 of the %2 record versions this laptop sent: it was restored from an older backup; everything was sent and received again.</source>
        <translation>le serveur central détient %1 des %2 versions d&apos;enregistrement envoyées par ce poste : il a été restauré depuis une sauvegarde plus ancienne ; tout a été envoyé et reçu de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n record version(s) offered with another content than the hub&apos;s: integrity alarm.</source>
        <translation>
            <numerusform>%n version d&apos;enregistrement proposée avec un autre contenu que celui du serveur central : alarme d&apos;intégrité.</numerusform>
            <numerusform>%n versions d&apos;enregistrement proposées avec un autre contenu que celui du serveur central : alarme d&apos;intégrité.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub at %1 holds the laptops of another hospital (%2, for one): nothing was sent or received. Check the hub&apos;s address with the IT team.</source>
        <translation>Le serveur central %1 contient les postes d&apos;un autre hôpital (%2, par exemple) : rien n&apos;a été envoyé ni reçu. Vérifiez l&apos;adresse du serveur central avec l&apos;équipe informatique.</translation>
    </message>
    <message>
        <source>the hub is not the one of the last sync (its identity changed): everything was sent and received again.</source>
        <translation>le serveur central n&apos;est pas celui de la dernière synchronisation (son identité a changé) : tout a été envoyé et reçu de nouveau.</translation>
    </message>
    <message>
        <source>the hub went back in time (restored from an older backup): everything was sent and received again.</source>
        <translation>le serveur central est revenu en arrière (restauré depuis une sauvegarde plus ancienne) : tout a été envoyé et reçu de nouveau.</translation>
    </message>
</context>
<context>
    <name>HubSyncCommand</name>
    <message>
        <source>Send this laptop&apos;s changes to the hub and receive the others&apos; (then keep listening with --wait).</source>
        <translation>Envoyer les modifications de ce poste au serveur central et recevoir celles des autres (puis rester à l&apos;écoute avec --wait).</translation>
    </message>
    <message>
        <source>After the sync, keep listening to the hub for this many seconds and sync again at each change.</source>
        <translation>Après la synchronisation, rester à l&apos;écoute du serveur central pendant ce nombre de secondes et synchroniser de nouveau à chaque modification.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>Rows per batch (default 2000).</source>
        <translation>Lignes par lot (2000 par défaut).</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>LIGNES</translation>
    </message>
    <message>
        <source>Sent %1 lines (%2 new on the hub); received %3 lines (%4 new record versions).</source>
        <translation>%1 lignes envoyées (%2 nouvelles sur le serveur central) ; %3 lignes reçues (%4 nouvelles versions d&apos;enregistrement).</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>whiteplan-cli hub sync: integrity alarm: the hub holds another content for %1: they were not merged; the IT team must look at them (hub_alarm).</source>
        <translation>whiteplan-cli hub sync : alarme d&apos;intégrité : le serveur central détient un autre contenu pour %1 : rien n&apos;a été fusionné ; l&apos;équipe informatique doit les examiner (hub_alarm).</translation>
    </message>
</context>
<context>
    <name>ImportedMedicationService</name>
    <message>
        <source>%1 is not an imported medication.</source>
        <translation>%1 n’est pas un médicament importé.</translation>
    </message>
    <message>
        <source>Confirmed from the hospital record %1.</source>
        <translation>Confirmé depuis le dossier de l’hôpital %1.</translation>
    </message>
    <message>
        <source>As recorded there: %1</source>
        <translation>Tel qu’il y était noté : %1</translation>
    </message>
    <message>
        <source>%1 is already confirmed.</source>
        <translation>%1 est déjà confirmé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Confirmed as prescription line</source>
        <translation>Confirmé en ligne de prescription</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) confirmed, then: %1</source>
        <translation>
            <numerusform>%n ligne confirmée, puis : %1</numerusform>
            <numerusform>%n lignes confirmées, puis : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is confirmed: record the dose against its prescription line.</source>
        <translation>%1 est confirmé : saisissez l’administration sur sa ligne de prescription.</translation>
    </message>
    <message>
        <source>%1 is not confirmed by a doctor yet: give the reason for recording a dose against it.</source>
        <translation>%1 n’est pas encore confirmé par un médecin : indiquez pourquoi vous saisissez une administration.</translation>
    </message>
    <message>
        <source>Line from the hospital record, not confirmed: %1</source>
        <translation>Ligne du dossier de l’hôpital, non confirmée : %1</translation>
    </message>
    <message>
        <source>(date unknown)</source>
        <translation>(date inconnue)</translation>
    </message>
    <message>
        <source>as of %1 (today)</source>
        <translation>au %1 (aujourd’hui)</translation>
    </message>
    <message numerus="yes">
        <source>as of %1 (%n day(s) old)</source>
        <translation>
            <numerusform>au %1 (il y a %n jour)</numerusform>
            <numerusform>au %1 (il y a %n jours)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Set up a new data directory: hospital, this laptop&apos;s code and the first administrator.</source>
        <translation>Configurer un nouveau dossier de données : hôpital, code de ce poste et premier administrateur.</translation>
    </message>
    <message>
        <source>Name of the hospital.</source>
        <translation>Nom de l&apos;hôpital.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>This laptop&apos;s code, 2 to 6 capitals or digits, unique in the hospital.</source>
        <translation>Code de ce poste : 2 à 6 majuscules ou chiffres, unique dans l&apos;hôpital.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>User name of the first administrator.</source>
        <translation>Nom d&apos;utilisateur du premier administrateur.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>Full name of the first administrator (default: the user name).</source>
        <translation>Nom complet du premier administrateur (par défaut : le nom d&apos;utilisateur).</translation>
    </message>
    <message>
        <source>A ward as CODE:NAME:BEDS (BEDS a count or labels separated by |); repeatable.</source>
        <translation>Un service au format CODE:NOM:LITS (LITS : un nombre ou des libellés séparés par |) ; option répétable.</translation>
    </message>
    <message>
        <source>WARD</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>First downtime number of this laptop (default 1).</source>
        <translation>Premier numéro provisoire (mode dégradé) de ce poste (1 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Last downtime number of this laptop (default 999999).</source>
        <translation>Dernier numéro provisoire de ce poste (999999 par défaut).</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>L&apos;option --%1 est obligatoire.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1 : </translation>
    </message>
    <message>
        <source>Set up %1 on laptop %2 in %3.</source>
        <translation>Configuration de %1 effectuée sur le poste %2 dans %3.</translation>
    </message>
    <message>
        <source>--range-first (%1) must not be above --range-last (%2).</source>
        <translation>--range-first (%1) ne doit pas dépasser --range-last (%2).</translation>
    </message>
    <message>
        <source>--ward expects CODE:NAME:BEDS, got %1.</source>
        <translation>--ward attend CODE:NOM:LITS, reçu %1.</translation>
    </message>
    <message>
        <source>The bed count of --ward %1</source>
        <translation>Le nombre de lits de --ward %1</translation>
    </message>
    <message>
        <source>For every laptop but the hospital&apos;s first: the hospital id that the first laptop&apos;s init printed (laptops exchange bundles only within one hospital).</source>
        <translation>Pour chaque poste sauf le premier de l&apos;hôpital : l&apos;identifiant d&apos;hôpital affiché par l&apos;init du premier poste (les postes n&apos;échangent de fichiers qu&apos;au sein d&apos;un même hôpital).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Hospital id: %1 (give it with --hospital-id to the init of the hospital&apos;s other laptops).</source>
        <translation>Identifiant de l&apos;hôpital : %1 (à donner avec --hospital-id à l&apos;init des autres postes de l&apos;hôpital).</translation>
    </message>
</context>
<context>
    <name>InstanceReader</name>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1 : lecture impossible (%2).</translation>
    </message>
    <message>
        <source>a session id</source>
        <translation>un identifiant de vacation</translation>
    </message>
    <message>
        <source>a unique session id (&quot;%1&quot; is already on line %2)</source>
        <translation>un identifiant de vacation unique (« %1 » figure déjà à la ligne %2)</translation>
    </message>
    <message>
        <source>a theatre id</source>
        <translation>un identifiant de salle</translation>
    </message>
    <message>
        <source>a time after the start %1, found %2</source>
        <translation>une heure postérieure à l&apos;heure de début %1, et non %2</translation>
    </message>
    <message>
        <source>a window that does not overlap session &quot;%1&quot; of theatre &quot;%2&quot; (line %3)</source>
        <translation>un créneau qui ne chevauche pas la vacation « %1 » de la salle « %2 » (ligne %3)</translation>
    </message>
    <message>
        <source>a case id</source>
        <translation>un identifiant d&apos;intervention</translation>
    </message>
    <message>
        <source>a unique case id (&quot;%1&quot; is already on line %2)</source>
        <translation>un identifiant d&apos;intervention unique (« %1 » figure déjà à la ligne %2)</translation>
    </message>
    <message>
        <source>a patient id</source>
        <translation>un identifiant de patient</translation>
    </message>
    <message>
        <source>a surgeon id</source>
        <translation>un identifiant de chirurgien</translation>
    </message>
    <message>
        <source>the session of this locked case (locked is 1)</source>
        <translation>la vacation de cette intervention verrouillée (locked vaut 1)</translation>
    </message>
    <message>
        <source>0 or empty: the case&apos;s original session &quot;%1&quot; is closed</source>
        <translation>0 ou vide : la vacation d&apos;origine « %1 » de l&apos;intervention est fermée</translation>
    </message>
    <message>
        <source>the specialty &quot;%1&quot; of its locked session &quot;%2&quot;</source>
        <translation>la spécialité « %1 » de sa vacation verrouillée « %2 »</translation>
    </message>
    <message>
        <source>a date on or before %1, the day of its locked session &quot;%2&quot;</source>
        <translation>une date antérieure ou égale au %1, jour de sa vacation verrouillée « %2 »</translation>
    </message>
    <message>
        <source>locked cases that fit in session &quot;%1&quot; (%2 minutes): with this case and the turnover they need %3 minutes</source>
        <translation>des interventions verrouillées qui tiennent dans la vacation « %1 » (%2 minutes) : avec cette intervention et les temps de rotation, il leur faut %3 minutes</translation>
    </message>
    <message>
        <source>one locked case per patient and day: patient &quot;%1&quot; already has locked case &quot;%2&quot; on %3</source>
        <translation>une seule intervention verrouillée par patient et par jour : le patient « %1 » a déjà l&apos;intervention verrouillée « %2 » le %3</translation>
    </message>
    <message>
        <source>a surgeon free during session &quot;%1&quot;: surgeon &quot;%2&quot; has locked case &quot;%3&quot; in the overlapping session &quot;%4&quot;</source>
        <translation>un chirurgien disponible pendant la vacation « %1 » : le chirurgien « %2 » a l&apos;intervention verrouillée « %3 » dans la vacation « %4 », qui la chevauche</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD, found %1</source>
        <translation>une date au format AAAA-MM-JJ, et non %1</translation>
    </message>
    <message>
        <source>a time HH:MM, found %1</source>
        <translation>une heure au format HH:MM, et non %1</translation>
    </message>
    <message>
        <source>&quot;open&quot; or &quot;closed&quot;, found %1</source>
        <translation>« open » ou « closed », et non %1</translation>
    </message>
    <message>
        <source>a whole number of minutes from 1 to %1, found %2</source>
        <translation>un nombre entier de minutes de 1 à %1, et non %2</translation>
    </message>
    <message>
        <source>P1, P2, P3 or P4, found %1</source>
        <translation>P1, P2, P3 ou P4, et non %1</translation>
    </message>
    <message>
        <source>empty or a date YYYY-MM-DD, found %1</source>
        <translation>vide ou une date au format AAAA-MM-JJ, et non %1</translation>
    </message>
    <message>
        <source>empty or a session_id of %1, found %2</source>
        <translation>vide ou un session_id présent dans %1, et non %2</translation>
    </message>
    <message>
        <source>empty, 0 or 1, found %1</source>
        <translation>vide, 0 ou 1, et non %1</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>%1, line %2, %3: %4</source>
        <translation>%1, ligne %2, %3 : %4</translation>
    </message>
    <message>
        <source>%1 must be a string, not %2.</source>
        <translation>%1 doit être une chaîne de caractères, pas %2.</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2.</source>
        <translation>%1 doit être un objet, pas %2.</translation>
    </message>
    <message>
        <source>%1 must be an array, not %2.</source>
        <translation>%1 doit être un tableau, pas %2.</translation>
    </message>
    <message>
        <source>%1 must be a number, not %2.</source>
        <translation>%1 doit être un nombre, pas %2.</translation>
    </message>
    <message>
        <source>%1 must be a date (YYYY-MM-DD), not %2.</source>
        <translation>%1 doit être une date (AAAA-MM-JJ), pas %2.</translation>
    </message>
    <message>
        <source>%1 must be a date-time (YYYY-MM-DDThh:mm:ss+zz:zz), not %2.</source>
        <translation>%1 doit être une date et heure (AAAA-MM-JJThh:mm:ss+zz:zz), pas %2.</translation>
    </message>
    <message>
        <source>each element must be an object, not %1.</source>
        <translation>chaque élément doit être un objet, pas %1.</translation>
    </message>
    <message>
        <source>each given name must be a string, not %1.</source>
        <translation>chaque prénom doit être une chaîne de caractères, pas %1.</translation>
    </message>
</context>
<context>
    <name>LabSummary</name>
    <message>
        <source>Na</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Cl</source>
        <translation>Cl</translation>
    </message>
    <message>
        <source>HCO3</source>
        <translation>HCO3</translation>
    </message>
    <message>
        <source>Urea</source>
        <translation>Urée</translation>
    </message>
    <message>
        <source>Creat</source>
        <translation>Créat</translation>
    </message>
    <message>
        <source>Gluc</source>
        <translation>Gly</translation>
    </message>
    <message>
        <source>iCa</source>
        <translation>Ca ionisé</translation>
    </message>
    <message>
        <source>Lact</source>
        <translation>Lact</translation>
    </message>
    <message>
        <source>CRP</source>
        <translation>CRP</translation>
    </message>
    <message>
        <source>TnI</source>
        <translation>TnI</translation>
    </message>
    <message>
        <source>ALT</source>
        <translation>ALAT</translation>
    </message>
    <message>
        <source>AST</source>
        <translation>ASAT</translation>
    </message>
    <message>
        <source>Bili</source>
        <translation>Bili</translation>
    </message>
    <message>
        <source>ALP</source>
        <translation>PAL</translation>
    </message>
    <message>
        <source>GGT</source>
        <translation>GGT</translation>
    </message>
    <message>
        <source>Hb</source>
        <translation>Hb</translation>
    </message>
    <message>
        <source>Plt</source>
        <translation>Plaq</translation>
    </message>
    <message>
        <source>WBC</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>INR</source>
        <translation>INR</translation>
    </message>
    <message>
        <source>pH</source>
        <translation>pH</translation>
    </message>
    <message>
        <source>pCO2</source>
        <translation>PaCO2</translation>
    </message>
    <message>
        <source>pO2</source>
        <translation>PaO2</translation>
    </message>
    <message>
        <source>Blood culture</source>
        <translation>Hémoc</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Ab screen</source>
        <translation>RAI</translation>
    </message>
    <message>
        <source>%1 low</source>
        <translation>%1 bas</translation>
    </message>
    <message>
        <source>%1 high</source>
        <translation>%1 haut</translation>
    </message>
    <message>
        <source>%1 abnormal</source>
        <translation>%1 anormal</translation>
    </message>
    <message>
        <source>%1 CRITICAL</source>
        <translation>%1 CRITIQUE</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <source>to collect</source>
        <translation>à prélever</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelSheet</name>
    <message>
        <source>Identity labels and wristband</source>
        <translation>Étiquettes d&apos;identité et bracelet d&apos;identification</translation>
    </message>
    <message>
        <source>Wristband: cut along the dashed line. Check the identity with the patient before putting it on.</source>
        <translation>Bracelet : découper le long des pointillés. Vérifier l&apos;identité avec le patient avant de le poser.</translation>
    </message>
    <message>
        <source>Born %1 · %2 · %3 y</source>
        <translation>Né(e) %1 · %2 · %3 ans</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>N° %1</translation>
    </message>
    <message>
        <source>IPP %1</source>
        <translation>IPP %1</translation>
    </message>
    <message>
        <source>Born %1 · %2</source>
        <translation>Né(e) %1 · %2</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Unexpected migration file name: %1</source>
        <translation>Nom de fichier de migration inattendu : %1</translation>
    </message>
    <message>
        <source>Cannot read the migration %1.</source>
        <translation>Impossible de lire la migration %1.</translation>
    </message>
    <message>
        <source>Migrations must be numbered 1, 2, 3… without gaps (found %1).</source>
        <translation>Les migrations doivent être numérotées 1, 2, 3… sans interruption (trouvé : %1).</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Impossible de lire la version de schéma de %1.</translation>
    </message>
    <message>
        <source>This data was written by a newer WhitePlan (schema version %1; this program knows up to version %2). Nothing was changed: open it with the newer WhitePlan.</source>
        <translation>Ces données ont été écrites par une version plus récente de WhitePlan (version de schéma %1 ; ce programme connaît jusqu&apos;à la version %2). Rien n&apos;a été modifié : ouvrez-les avec la version plus récente de WhitePlan.</translation>
    </message>
    <message>
        <source>Upgrading the data to version %1 (%2) failed: %3</source>
        <translation>La mise à niveau des données vers la version %1 (%2) a échoué : %3</translation>
    </message>
    <message>
        <source>Upgrading the data to version %1 (%2) would break links between records; nothing was changed.</source>
        <translation>La mise à niveau des données vers la version %1 (%2) romprait des liens entre enregistrements ; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>MoveChecker</name>
    <message>
        <source>Case %1 is locked in its session: unlock it first.</source>
        <translation>L&apos;intervention %1 est verrouillée dans sa vacation : déverrouillez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Session %1 is closed.</source>
        <translation>La vacation %1 est fermée.</translation>
    </message>
    <message>
        <source>Session %1 is closed: %2.</source>
        <translation>La vacation %1 est fermée : %2.</translation>
    </message>
    <message>
        <source>Session %1 serves %2; case %3 is %4.</source>
        <translation>La vacation %1 est réservée à %2 ; l&apos;intervention %3 relève de %4.</translation>
    </message>
    <message>
        <source>Case %1 was put on the list on %2, after that session.</source>
        <translation>L&apos;intervention %1 a été inscrite sur la liste le %2, après cette vacation.</translation>
    </message>
    <message>
        <source>Case %1 may not be operated before %2.</source>
        <translation>L&apos;intervention %1 ne peut pas avoir lieu avant le %2.</translation>
    </message>
    <message>
        <source>%1 operates in %2 at that time (%3, %4–%5).</source>
        <translation>%1 opère en salle %2 à ce moment-là (%3, %4–%5).</translation>
    </message>
    <message>
        <source>Patient %1 already has an operation that day (case %2 in %3).</source>
        <translation>Le patient %1 a déjà une intervention ce jour-là (intervention %2 dans la vacation %3).</translation>
    </message>
    <message>
        <source>Session %1 has %2 minutes left; case %3 needs %4 (with %5 minutes of turnover).</source>
        <translation>Il reste %2 minutes dans la vacation %1 ; l&apos;intervention %3 en demande %4 (avec %5 minutes de temps de rotation).</translation>
    </message>
</context>
<context>
    <name>News2</name>
    <message>
        <source>Alert</source>
        <translation>Éveillé</translation>
    </message>
    <message>
        <source>New confusion</source>
        <translation>Confusion récente</translation>
    </message>
    <message>
        <source>Responds to voice</source>
        <translation>Réagit à la voix</translation>
    </message>
    <message>
        <source>Responds to pain</source>
        <translation>Réagit à la douleur</translation>
    </message>
    <message>
        <source>Unresponsive</source>
        <translation>Aréactif</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Air ambiant</translation>
    </message>
    <message>
        <source>Oxygen</source>
        <translation>Oxygène</translation>
    </message>
    <message>
        <source>SpO2 scale 1</source>
        <translation>Échelle SpO2 1</translation>
    </message>
    <message>
        <source>SpO2 scale 2 (hypercapnic respiratory failure)</source>
        <translation>Échelle SpO2 2 (insuffisance respiratoire hypercapnique)</translation>
    </message>
    <message>
        <source>Respiration rate</source>
        <translation>Fréquence respiratoire</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Air or oxygen</source>
        <translation>Air ou oxygène</translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation>Pression artérielle systolique</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Pouls</translation>
    </message>
    <message>
        <source>Consciousness</source>
        <translation>État de conscience</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Low-medium</source>
        <translation>Faible à moyen</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplet</translation>
    </message>
    <message>
        <source>At least every 12 hours</source>
        <translation>Au moins toutes les 12 heures</translation>
    </message>
    <message>
        <source>At least every 4 to 6 hours</source>
        <translation>Au moins toutes les 4 à 6 heures</translation>
    </message>
    <message>
        <source>At least hourly</source>
        <translation>Au moins toutes les heures</translation>
    </message>
    <message>
        <source>Continuous monitoring</source>
        <translation>Surveillance continue</translation>
    </message>
</context>
<context>
    <name>Nir</name>
    <message>
        <source>The INS/NIR is empty.</source>
        <translation>L&apos;INS/NIR est vide.</translation>
    </message>
    <message>
        <source>The INS/NIR should have 15 characters, got %1.</source>
        <translation>L&apos;INS/NIR doit comporter 15 caractères (%1 saisis).</translation>
    </message>
    <message>
        <source>The first character (sex) should be 1 or 2, not %1: temporary numbers (NIA) are not accepted as an INS here.</source>
        <translation>Le premier caractère (sexe) doit être 1 ou 2, et non %1 : les numéros d&apos;attente (NIA) ne sont pas acceptés ici comme INS.</translation>
    </message>
    <message>
        <source>The first character (sex) should be 1 (male) or 2 (female), not %1.</source>
        <translation>Le premier caractère (sexe) doit être 1 (homme) ou 2 (femme), et non %1.</translation>
    </message>
    <message>
        <source>The month of birth (characters 4-5) should be 01 to 12 (or a special code 20, 30-42 or 50-99), not %1.</source>
        <translation>Le mois de naissance (caractères 4-5) doit être compris entre 01 et 12 (ou être un code spécial 20, 30-42 ou 50-99), et non %1.</translation>
    </message>
    <message>
        <source>The department (characters 6-7) cannot be 00.</source>
        <translation>Le département (caractères 6-7) ne peut pas être 00.</translation>
    </message>
    <message>
        <source>The order number (characters 11-13) cannot be 000.</source>
        <translation>Le numéro d&apos;ordre (caractères 11-13) ne peut pas être 000.</translation>
    </message>
    <message>
        <source>The key should be %1, not %2: check the number for a typing error.</source>
        <translation>La clé devrait être %1, et non %2 : vérifiez que le numéro ne comporte pas d&apos;erreur de saisie.</translation>
    </message>
    <message>
        <source>The department (characters 6-7) should be two digits, 2A or 2B, not %1.</source>
        <translation>Le département (caractères 6-7) doit être composé de deux chiffres, ou valoir 2A ou 2B, et non %1.</translation>
    </message>
    <message>
        <source>Character %1 of the INS/NIR should be a digit, not %2.</source>
        <translation>Le caractère %1 de l&apos;INS/NIR doit être un chiffre, et non %2.</translation>
    </message>
</context>
<context>
    <name>NumberText</name>
    <message>
        <source>a whole number without a decimal point, not %1</source>
        <translation>un nombre entier sans virgule décimale, et non %1</translation>
    </message>
    <message>
        <source>a whole number (digits, with a leading - if negative), not %1</source>
        <translation>un nombre entier (des chiffres, précédés d&apos;un - s&apos;il est négatif), et non %1</translation>
    </message>
    <message>
        <source>a whole number of at most %1 digits, not %2 (%3 digits)</source>
        <translation>un nombre entier de %1 chiffres au plus, et non %2 (%3 chiffres)</translation>
    </message>
    <message>
        <source>a whole number, not %1</source>
        <translation>un nombre entier, et non %1</translation>
    </message>
    <message>
        <source>a number like 37.5 (digits, &apos;.&apos; as the decimal point, a leading - if negative), not %1</source>
        <translation>un nombre comme 37.5 (des chiffres, « . » comme séparateur décimal, un - en tête s&apos;il est négatif), et non %1</translation>
    </message>
    <message>
        <source>a number of at most %1 significant digits, not %2 (%3 digits)</source>
        <translation>un nombre de %1 chiffres significatifs au plus, et non %2 (%3 chiffres)</translation>
    </message>
    <message>
        <source>a number, not %1</source>
        <translation>un nombre, et non %1</translation>
    </message>
</context>
<context>
    <name>ObservationCsv</name>
    <message>
        <source>The observation form is missing from this installation.</source>
        <translation>Le formulaire de constantes est absent de cette installation.</translation>
    </message>
    <message>
        <source>the downtime number or IPP of a registered patient (%1)</source>
        <translation>le numéro provisoire ou l&apos;IPP d&apos;un patient enregistré (%1)</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>a time not in the future (%1 is later than this laptop&apos;s clock, %2)</source>
        <translation>une heure qui n&apos;est pas dans le futur (%1 est postérieur à l&apos;horloge de ce poste, %2)</translation>
    </message>
    <message>
        <source>a time after the patient&apos;s birth on %1, not %2</source>
        <translation>une heure postérieure à la naissance du patient le %1, et non %2</translation>
    </message>
    <message>
        <source>a date-time as YYYY-MM-DDTHH:MM, not %1</source>
        <translation>une date et heure au format AAAA-MM-JJTHH:MM, et non %1</translation>
    </message>
    <message>
        <source>air or oxygen, not %1</source>
        <translation>air ou oxygen, et non %1</translation>
    </message>
    <message>
        <source>A, C, V, P or U, not %1</source>
        <translation>A, C, V, P ou U, et non %1</translation>
    </message>
    <message>
        <source>1 or 2, not %1</source>
        <translation>1 ou 2, et non %1</translation>
    </message>
</context>
<context>
    <name>ObservationsExportCommand</name>
    <message>
        <source>Export the recorded observations with NEWS2 as CSV.</source>
        <translation>Exporter au format CSV les constantes saisies, avec le score NEWS2.</translation>
    </message>
    <message>
        <source>Output format: csv.</source>
        <translation>Format de sortie : csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Only this patient (downtime number or IPP).</source>
        <translation>Uniquement ce patient (numéro provisoire ou IPP).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrire dans FICHIER au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>--format csv is required (the only format).</source>
        <translation>--format csv est obligatoire (seul format disponible).</translation>
    </message>
    <message>
        <source>Exported %1 observation(s) to %2.</source>
        <translation>%1 relevé(s) de constantes exporté(s) vers %2.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>Impossible d&apos;écrire sur la sortie standard : %1</translation>
    </message>
</context>
<context>
    <name>ObservationsImportCommand</name>
    <message>
        <source>Import observations from CSV; all or nothing.</source>
        <translation>Importer des constantes depuis un fichier CSV ; tout ou rien.</translation>
    </message>
    <message>
        <source>observations.csv</source>
        <translation>observations.csv</translation>
    </message>
    <message>
        <source>Give exactly one CSV file.</source>
        <translation>Indiquez exactement un fichier CSV.</translation>
    </message>
    <message>
        <source>The observations file</source>
        <translation>Le fichier de constantes</translation>
    </message>
    <message>
        <source>Imported %1 observation(s); %2 already present.</source>
        <translation>%1 relevé(s) de constantes importé(s) ; %2 déjà présent(s).</translation>
    </message>
</context>
<context>
    <name>OptionValues</name>
    <message>
        <source>%1 needs a value; it was given an empty one.</source>
        <translation>%1 attend une valeur ; la valeur donnée est vide.</translation>
    </message>
    <message>
        <source>%1 needs a value, but is followed by the option %2.</source>
        <translation>%1 attend une valeur, mais est suivie de l&apos;option %2.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not %4.</source>
        <translation>%1 doit être un nombre entier de %2 à %3, et non %4.</translation>
    </message>
    <message>
        <source>%1 must be a number greater than %2 and at most %3, not %4.</source>
        <translation>%1 doit être un nombre supérieur à %2 et au plus égal à %3, et non %4.</translation>
    </message>
    <message>
        <source>%1 must be a date as YYYY-MM-DD, not %2.</source>
        <translation>%1 doit être une date au format AAAA-MM-JJ, et non %2.</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not %3.</source>
        <translation>%1 doit valoir l&apos;une de ces valeurs : %2, et non %3.</translation>
    </message>
    <message>
        <source>%1 %2 does not exist.</source>
        <translation>%1 %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 %2 is a folder, not a file.</source>
        <translation>%1 %2 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>%1 %2 cannot be read (permissions).</source>
        <translation>%1 %2 ne peut pas être lu (droits d&apos;accès).</translation>
    </message>
</context>
<context>
    <name>OrderChecklist</name>
    <message>
        <source>Laboratory and imaging requests (one per test)</source>
        <translation>Demandes d&apos;examens de laboratoire et d&apos;imagerie (une par analyse)</translation>
    </message>
    <message>
        <source>Laboratory and radiology systems: requests</source>
        <translation>Logiciels du laboratoire et de la radiologie : demandes</translation>
    </message>
    <message>
        <source>Specimens taken (one per tube)</source>
        <translation>Prélèvements effectués (un par tube)</translation>
    </message>
    <message>
        <source>Laboratory system: specimens</source>
        <translation>Logiciel du laboratoire : prélèvements</translation>
    </message>
    <message>
        <source>Laboratory results and imaging reports</source>
        <translation>Résultats de laboratoire et comptes rendus d&apos;imagerie</translation>
    </message>
    <message>
        <source>Laboratory and radiology systems: results</source>
        <translation>Logiciels du laboratoire et de la radiologie : résultats</translation>
    </message>
    <message>
        <source>Reports (one per order with results)</source>
        <translation>Comptes rendus (un par demande ayant des résultats)</translation>
    </message>
    <message>
        <source>Laboratory and radiology systems: reports</source>
        <translation>Logiciels du laboratoire et de la radiologie : comptes rendus</translation>
    </message>
    <message>
        <source>Results given by phone (read back)</source>
        <translation>Résultats transmis par téléphone (relus)</translation>
    </message>
    <message>
        <source>Patient record: communications</source>
        <translation>Dossier patient : transmissions téléphoniques</translation>
    </message>
    <message>
        <source>resulted, acknowledged by %1</source>
        <translation>résultats rendus, pris en compte par %1</translation>
    </message>
    <message>
        <source>cancelled by %1: %2</source>
        <translation>annulée par %1 : %2</translation>
    </message>
    <message>
        <source>ordered %1 by %2, %3</source>
        <translation>prescrite le %1 par %2, %3</translation>
    </message>
    <message>
        <source>collected %1 by %2</source>
        <translation>prélevée le %1 par %2</translation>
    </message>
    <message>
        <source>received %1 by %2</source>
        <translation>reçue le %1 par %2</translation>
    </message>
    <message>
        <source>Order %1 %2 — %3</source>
        <translation>Demande %1 %2 — %3</translation>
    </message>
    <message>
        <source>Radiology system</source>
        <translation>Logiciel de radiologie</translation>
    </message>
    <message>
        <source>Laboratory system</source>
        <translation>Logiciel du laboratoire</translation>
    </message>
    <message>
        <source>Report %1 %2</source>
        <translation>Compte rendu %1 %2</translation>
    </message>
    <message>
        <source>Result %1 %2 %3</source>
        <translation>Résultat %1 %2 %3</translation>
    </message>
    <message>
        <source>%1 (phone from %2)</source>
        <translation>%1 (téléphoné par %2)</translation>
    </message>
    <message>
        <source>%1 (laboratory laptop)</source>
        <translation>%1 (portable du laboratoire)</translation>
    </message>
    <message>
        <source>%1 (paper report)</source>
        <translation>%1 (compte rendu papier)</translation>
    </message>
    <message>
        <source>corrected by %1: %2</source>
        <translation>corrigé par %1 : %2</translation>
    </message>
    <message>
        <source>phoned by %1 to %2 at %3</source>
        <translation>téléphoné par %1 à %2 le %3</translation>
    </message>
    <message>
        <source>critical result acknowledged by %1: %2</source>
        <translation>résultat critique acquitté par %1 : %2</translation>
    </message>
    <message>
        <source>Radiology system: reports</source>
        <translation>Logiciel de radiologie : comptes rendus</translation>
    </message>
    <message>
        <source>Laboratory system: results</source>
        <translation>Logiciel du laboratoire : résultats</translation>
    </message>
</context>
<context>
    <name>OrderPrintData</name>
    <message>
        <source>An order number is required (as printed on the request, e.g. T1-L0001).</source>
        <translation>Le numéro de la demande est obligatoire (tel qu’imprimé sur le bon, par ex. T1-L0001).</translation>
    </message>
    <message>
        <source>Tube not in the catalogue: ask the laboratory</source>
        <translation>Tube absent du catalogue : demander au laboratoire</translation>
    </message>
</context>
<context>
    <name>OrderRequestSheet</name>
    <message>
        <source>Imaging request</source>
        <translation>Demande d’imagerie</translation>
    </message>
    <message>
        <source>Laboratory request</source>
        <translation>Demande d’examens de laboratoire</translation>
    </message>
    <message>
        <source>bon de demande %1</source>
        <translation>bon de demande %1</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numéro de demande</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message numerus="yes">
        <source>Tests, by tube (%n tube(s))</source>
        <translation>
            <numerusform>Analyses par tube (%n tube)</numerusform>
            <numerusform>Analyses par tube (%n tubes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Clinical information</source>
        <translation>Renseignements cliniques</translation>
    </message>
    <message>
        <source> (nurse, under protocol)</source>
        <translation> (IDE, sur protocole)</translation>
    </message>
    <message>
        <source>Ordered by</source>
        <translation>Prescrit par</translation>
    </message>
    <message>
        <source>Ordered at</source>
        <translation>Prescrit le</translation>
    </message>
    <message>
        <source>Planned collection</source>
        <translation>Prélèvement prévu</translation>
    </message>
    <message>
        <source>as soon as possible</source>
        <translation>dès que possible</translation>
    </message>
    <message>
        <source>Result expected by</source>
        <translation>Résultat attendu avant</translation>
    </message>
    <message>
        <source>Status when printed</source>
        <translation>Statut à l’impression</translation>
    </message>
    <message>
        <source>CANCELLED: do not collect</source>
        <translation>ANNULÉE : ne pas prélever</translation>
    </message>
    <message>
        <source>To be filled in by imaging</source>
        <translation>À remplir par l’imagerie</translation>
    </message>
    <message>
        <source>To be filled in at collection</source>
        <translation>À remplir au prélèvement</translation>
    </message>
    <message>
        <source>Identity checked with the patient (name, birth date) and the wristband  ☐</source>
        <translation>Identité vérifiée avec le patient (nom, date de naissance) et le bracelet  ☐</translation>
    </message>
    <message>
        <source>Performed by (name)</source>
        <translation>Réalisé par (nom)</translation>
    </message>
    <message>
        <source>Collected by (name)</source>
        <translation>Prélevé par (nom)</translation>
    </message>
    <message>
        <source>At (date, time)</source>
        <translation>Le (date, heure)</translation>
    </message>
    <message>
        <source>Lab received at</source>
        <translation>Reçu au labo le</translation>
    </message>
    <message>
        <source>Scan the code or type the order number %1 to record the collection and the results.</source>
        <translation>Scanner le code ou saisir le numéro de demande %1 pour enregistrer le prélèvement et les résultats.</translation>
    </message>
</context>
<context>
    <name>OrderResourceBuilder</name>
    <message>
        <source>Ordered by a nurse under the catalogue&apos;s protocol.</source>
        <translation>Prescrit par un ou une IDE dans le cadre du protocole du catalogue.</translation>
    </message>
    <message>
        <source>Requested as the panel %1 (%2).</source>
        <translation>Demandé dans le bilan %1 (%2).</translation>
    </message>
    <message>
        <source>Patient received in imaging.</source>
        <translation>Patient reçu en imagerie.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulée : %1</translation>
    </message>
    <message>
        <source>Results acknowledged by a clinician.</source>
        <translation>Résultats pris en compte par un médecin.</translation>
    </message>
    <message>
        <source>Results acknowledged by a clinician: %1</source>
        <translation>Résultats pris en compte par un médecin : %1</translation>
    </message>
    <message>
        <source>Tube label scanned at the bedside.</source>
        <translation>Étiquette du tube scannée au lit du patient.</translation>
    </message>
    <message>
        <source>Given by phone by %1 to %2, who read it back.</source>
        <translation>Transmis par téléphone par %1 à %2, qui l&apos;a relu.</translation>
    </message>
    <message>
        <source>Entered by the laboratory on its own laptop (%1).</source>
        <translation>Saisi par le laboratoire sur son propre portable (%1).</translation>
    </message>
    <message>
        <source>Transcribed from the laboratory&apos;s paper report by %1.</source>
        <translation>Recopié du compte rendu papier du laboratoire par %1.</translation>
    </message>
    <message>
        <source>Corrected: %1</source>
        <translation>Corrigé : %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sans motif indiqué</translation>
    </message>
    <message>
        <source>Critical result acknowledged: %1</source>
        <translation>Résultat critique acquitté : %1</translation>
    </message>
    <message>
        <source>Value read back; patient&apos;s name, birth date and downtime number confirmed with the caller.</source>
        <translation>Valeur relue ; nom, date de naissance et numéro de panne du patient confirmés avec l&apos;appelant.</translation>
    </message>
    <message>
        <source>The receiver read the value back.</source>
        <translation>La personne qui a reçu l&apos;appel a relu la valeur.</translation>
    </message>
    <message>
        <source>Ordered in WhitePlan during the IT downtime</source>
        <translation>Prescrit dans WhitePlan pendant la panne informatique</translation>
    </message>
    <message>
        <source>Result corrected in WhitePlan during the IT downtime</source>
        <translation>Résultat corrigé dans WhitePlan pendant la panne informatique</translation>
    </message>
    <message>
        <source>Result recorded in WhitePlan during the IT downtime</source>
        <translation>Résultat saisi dans WhitePlan pendant la panne informatique</translation>
    </message>
    <message>
        <source>Specimen collected (recorded in WhitePlan)</source>
        <translation>Prélèvement effectué (saisi dans WhitePlan)</translation>
    </message>
    <message>
        <source>Received by the laboratory (recorded in WhitePlan)</source>
        <translation>Reçu par le laboratoire (saisi dans WhitePlan)</translation>
    </message>
    <message>
        <source>Order cancelled in WhitePlan</source>
        <translation>Demande annulée dans WhitePlan</translation>
    </message>
    <message>
        <source>Results acknowledged in WhitePlan</source>
        <translation>Résultats pris en compte dans WhitePlan</translation>
    </message>
    <message>
        <source>Critical result acknowledged in WhitePlan</source>
        <translation>Résultat critique acquitté dans WhitePlan</translation>
    </message>
    <message>
        <source>Result phoned to the ward (recorded in WhitePlan)</source>
        <translation>Résultat téléphoné au service (saisi dans WhitePlan)</translation>
    </message>
</context>
<context>
    <name>OrderService</name>
    <message>
        <source>Give an order number (such as P2-L0007).</source>
        <translation>Donnez un numéro de demande (par exemple P2-L0007).</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>Il n&apos;y a pas de demande %1.</translation>
    </message>
    <message>
        <source>Order %1 was entered in error.</source>
        <translation>La demande %1 a été saisie par erreur.</translation>
    </message>
    <message>
        <source>%1 has left the hospital: tests cannot be ordered.</source>
        <translation>%1 a quitté l&apos;établissement : aucun examen ne peut être demandé.</translation>
    </message>
    <message>
        <source>Choose at least one test or exam.</source>
        <translation>Choisissez au moins une analyse ou un examen.</translation>
    </message>
    <message>
        <source>Order imaging separately from laboratory tests (%1 is an imaging exam).</source>
        <translation>Demandez l&apos;imagerie à part des analyses de biologie (%1 est un examen d&apos;imagerie).</translation>
    </message>
    <message>
        <source>Order one imaging exam at a time (%1).</source>
        <translation>Demandez un seul examen d&apos;imagerie à la fois (%1).</translation>
    </message>
    <message>
        <source>A nurse may order only what the catalogue marks for the nurse protocol; %1 needs a doctor.</source>
        <translation>Une IDE ne peut demander que ce que le catalogue prévoit sur protocole infirmier ; %1 demande un médecin.</translation>
    </message>
    <message>
        <source>A collection time is for laboratory tests only.</source>
        <translation>Une heure de prélèvement ne concerne que les analyses de biologie.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled.</source>
        <translation>La demande %1 a été annulée.</translation>
    </message>
    <message>
        <source>Order %1 is already %2 (%3, %4).</source>
        <translation>La demande %1 est déjà : %2 (%3, %4).</translation>
    </message>
    <message>
        <source>Order %1 already has results: it cannot be cancelled.</source>
        <translation>La demande %1 a déjà des résultats : elle ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>The results of order %1 are already acknowledged.</source>
        <translation>Les résultats de la demande %1 ont déjà été vus.</translation>
    </message>
    <message>
        <source>Order %1 has no complete results yet.</source>
        <translation>La demande %1 n&apos;a pas encore tous ses résultats.</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 est dans le futur.</translation>
    </message>
    <message>
        <source>%1 is before the order was placed.</source>
        <translation>%1 est avant la demande.</translation>
    </message>
    <message>
        <source>This is not a WhitePlan tube label: %1</source>
        <translation>Ce n&apos;est pas une étiquette de tube WhitePlan : %1</translation>
    </message>
    <message>
        <source>STOP: this tube is for another patient (order %1). Do not send it; check the patient&apos;s identity and the label.</source>
        <translation>STOP : ce tube est celui d&apos;un autre patient (demande %1). Ne l&apos;envoyez pas ; vérifiez l&apos;identité du patient et l&apos;étiquette.</translation>
    </message>
    <message>
        <source>Say why the order is cancelled.</source>
        <translation>Indiquez pourquoi la demande est annulée.</translation>
    </message>
</context>
<context>
    <name>OrderStepCommand</name>
    <message>
        <source>Record that an order&apos;s specimen was taken.</source>
        <translation>Enregistrer que le prélèvement d&apos;une demande a été fait.</translation>
    </message>
    <message>
        <source>Record that the laboratory received an order&apos;s specimen.</source>
        <translation>Enregistrer que le laboratoire a reçu le prélèvement d&apos;une demande.</translation>
    </message>
    <message>
        <source>Cancel an order that has no result yet, with the reason.</source>
        <translation>Annuler une demande sans résultat, avec le motif.</translation>
    </message>
    <message>
        <source>Record that a clinician has seen all the results of an order.</source>
        <translation>Enregistrer qu&apos;un clinicien a pris connaissance de tous les résultats d&apos;une demande.</translation>
    </message>
    <message>
        <source>The order number (such as P2-L0007).</source>
        <translation>Le numéro de la demande (par exemple P2-L0007).</translation>
    </message>
    <message>
        <source>When the specimen was taken, YYYY-MM-DDTHH:MM (default: now).</source>
        <translation>Heure du prélèvement, AAAA-MM-JJTHH:MM (par défaut : maintenant).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>Why the order is cancelled.</source>
        <translation>Pourquoi la demande est annulée.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>What was done about the results.</source>
        <translation>Ce qui a été fait au vu des résultats.</translation>
    </message>
    <message>
        <source>Give exactly one order number.</source>
        <translation>Indiquez exactement un numéro de demande.</translation>
    </message>
    <message>
        <source>Order %1: %2.</source>
        <translation>Demande %1 : %2.</translation>
    </message>
</context>
<context>
    <name>OrderTexts</name>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>low (L)</source>
        <translation>bas (L)</translation>
    </message>
    <message>
        <source>high (H)</source>
        <translation>haut (H)</translation>
    </message>
    <message>
        <source>CRITICAL low (LL)</source>
        <translation>CRITIQUE bas (LL)</translation>
    </message>
    <message>
        <source>CRITICAL high (HH)</source>
        <translation>CRITIQUE haut (HH)</translation>
    </message>
    <message>
        <source>abnormal (A)</source>
        <translation>anormal (A)</translation>
    </message>
    <message>
        <source>CRITICAL (AA)</source>
        <translation>CRITIQUE (AA)</translation>
    </message>
    <message>
        <source>phone (%1 → %2)</source>
        <translation>téléphone (%1 → %2)</translation>
    </message>
    <message>
        <source>laboratory</source>
        <translation>laboratoire</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>papier</translation>
    </message>
</context>
<context>
    <name>OrdersAddCommand</name>
    <message>
        <source>Order laboratory tests or an imaging exam for a patient; prints the order number.</source>
        <translation>Prescrire des examens de laboratoire ou un examen d&apos;imagerie pour un patient ; affiche le numéro de la demande.</translation>
    </message>
    <message>
        <source>The patient: downtime number or IPP.</source>
        <translation>Le patient : numéro de mode dégradé ou IPP.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Test, panel or exam codes of the catalogue, separated by commas.</source>
        <translation>Codes d&apos;analyses, de bilans ou d&apos;examens du catalogue, séparés par des virgules.</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>CODES</translation>
    </message>
    <message>
        <source>routine (default), urgent or stat.</source>
        <translation>routine (par défaut), urgent ou stat.</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>PRIORITÉ</translation>
    </message>
    <message>
        <source>Clinical information for the laboratory.</source>
        <translation>Renseignements cliniques pour le laboratoire.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Planned collection time (laboratory), YYYY-MM-DDTHH:MM.</source>
        <translation>Heure de prélèvement prévue (laboratoire), AAAA-MM-JJTHH:MM.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>Ordered %1 for %2 (%3): %4, due %5.</source>
        <translation>Demande %1 pour %2 (%3) : %4, résultat attendu %5.</translation>
    </message>
    <message>
        <source>no turnaround</source>
        <translation>sans délai prévu</translation>
    </message>
</context>
<context>
    <name>OrdersCliSupport</name>
    <message>
        <source>--%1 needs a date and time as YYYY-MM-DDTHH:MM, not %2.</source>
        <translation>--%1 attend une date et une heure au format AAAA-MM-JJTHH:MM (YYYY-MM-DDTHH:MM), pas %2.</translation>
    </message>
    <message>
        <source>--ward needs a ward code.</source>
        <translation>--ward attend un code de service.</translation>
    </message>
</context>
<context>
    <name>OrdersListCommand</name>
    <message>
        <source>List orders (all, pending, overdue or not yet acknowledged), for a ward or a patient.</source>
        <translation>Lister les demandes (toutes, en attente, en retard ou non acquittées), pour un service ou un patient.</translation>
    </message>
    <message>
        <source>Only the orders of this ward&apos;s patients.</source>
        <translation>Seulement les demandes des patients de ce service.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Only this patient&apos;s orders (downtime number or IPP).</source>
        <translation>Seulement les demandes de ce patient (numéro de mode dégradé ou IPP).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only open orders (no complete result yet).</source>
        <translation>Seulement les demandes en cours (résultats incomplets).</translation>
    </message>
    <message>
        <source>Only open orders past their expected turnaround.</source>
        <translation>Seulement les demandes en cours dont le délai attendu est dépassé.</translation>
    </message>
    <message>
        <source>Only resulted orders nobody has acknowledged.</source>
        <translation>Seulement les demandes avec résultats dont personne n&apos;a accusé réception.</translation>
    </message>
    <message>
        <source>Output format: csv or text (default).</source>
        <translation>Format de sortie : csv ou text (par défaut).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Choose one of --pending, --overdue and --unacknowledged.</source>
        <translation>Choisissez une seule option parmi --pending, --overdue et --unacknowledged.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageFrame</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>RECORDED DURING IT DOWNTIME</source>
        <translation>SAISI PENDANT LA PANNE INFORMATIQUE</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> par %1</translation>
    </message>
    <message>
        <source>Newest data: %1 (%2 before printing)</source>
        <translation>Données les plus récentes : %1 (%2 avant l&apos;impression)</translation>
    </message>
    <message>
        <source>No clinical data recorded</source>
        <translation>Aucune donnée clinique saisie</translation>
    </message>
    <message>
        <source>ALLERGIES: %1</source>
        <translation>ALLERGIES : %1</translation>
    </message>
    <message>
        <source>WhitePlan · printed %1 · check against the hospital record when systems return</source>
        <translation>WhitePlan · imprimé le %1 · à vérifier avec le dossier de l&apos;établissement au rétablissement du système informatique</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Hospital record as of %1, %2 old</source>
        <translation>Dossier de l’hôpital au %1, datant de %2</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Saisissez-la à nouveau</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>PatientFinder</name>
    <message>
        <source>%1, no bed</source>
        <translation>%1, sans lit</translation>
    </message>
    <message>
        <source>%1, bed %2</source>
        <translation>%1, lit %2</translation>
    </message>
    <message>
        <source>transferred out</source>
        <translation>transféré(e)</translation>
    </message>
    <message>
        <source>transferred to %1</source>
        <translation>transféré(e) vers %1</translation>
    </message>
    <message>
        <source>(SAMU %1)</source>
        <translation>(SAMU %1)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>discharged</source>
        <translation>sorti(e)</translation>
    </message>
    <message>
        <source>discharged on %1</source>
        <translation>sorti(e) le %1</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>décédé(e)</translation>
    </message>
    <message>
        <source>deceased on %1</source>
        <translation>décédé(e) le %1</translation>
    </message>
    <message>
        <source>registered, not admitted</source>
        <translation>enregistré(e), non admis(e)</translation>
    </message>
</context>
<context>
    <name>PatientIdentity</name>
    <message>
        <source>Provisional</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Récupérée</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiée</translation>
    </message>
    <message>
        <source>The birth name is required.</source>
        <translation>Le nom de naissance est obligatoire.</translation>
    </message>
    <message>
        <source>At least one first name is required.</source>
        <translation>Au moins un prénom est obligatoire.</translation>
    </message>
    <message>
        <source>The date of birth is required.</source>
        <translation>La date de naissance est obligatoire.</translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future.</source>
        <translation>La date de naissance %1 est dans le futur.</translation>
    </message>
    <message>
        <source>The date of birth %1 is more than %2 years ago.</source>
        <translation>La date de naissance %1 remonte à plus de %2 ans.</translation>
    </message>
    <message>
        <source>The IPP has %1 characters, at most %2 are expected.</source>
        <translation>L&apos;IPP comporte %1 caractères alors que %2 au maximum sont attendus.</translation>
    </message>
    <message>
        <source>The IPP cannot contain spaces.</source>
        <translation>L&apos;IPP ne peut pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <source>A qualified identity needs its INS.</source>
        <translation>Une identité qualifiée doit comporter son INS.</translation>
    </message>
    <message>
        <source>The INS is that of a %1 person, but the sex is %2.</source>
        <translation>L&apos;INS est celui d&apos;une personne de sexe %1, mais le sexe saisi est %2.</translation>
    </message>
    <message>
        <source>A qualified identity needs the sex of its INS.</source>
        <translation>Une identité qualifiée doit comporter le sexe de son INS.</translation>
    </message>
    <message>
        <source>The INS gives a year of birth ending in %1, but the date of birth is %2.</source>
        <translation>L&apos;INS indique une année de naissance se terminant par %1, mais la date de naissance est le %2.</translation>
    </message>
    <message>
        <source>The INS gives month %1 of birth, but the date of birth is %2.</source>
        <translation>L&apos;INS indique le mois de naissance %1, mais la date de naissance est le %2.</translation>
    </message>
    <message>
        <source>The INS gives the birth place %1, not %2.</source>
        <translation>L&apos;INS indique le lieu de naissance %1, et non %2.</translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <translation>%1 (né(e) %2)</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>provisional identity</source>
        <translation>identité provisoire</translation>
    </message>
    <message>
        <source>retrieved identity</source>
        <translation>identité récupérée</translation>
    </message>
    <message>
        <source>validated identity</source>
        <translation>identité validée</translation>
    </message>
    <message>
        <source>qualified identity</source>
        <translation>identité qualifiée</translation>
    </message>
    <message>
        <source>%1 contains %2, which is not allowed in a name.</source>
        <translation>%1 : %2 n&apos;est pas admis dans un nom.</translation>
    </message>
    <message>
        <source>The birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>The used name</source>
        <translation>Nom d&apos;usage</translation>
    </message>
    <message>
        <source>The first names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>The birth place should be an INSEE code of 5 characters (for example 75056, 2A004 or 99100), not %1.</source>
        <translation>Le lieu de naissance doit être un code INSEE de 5 caractères (par exemple 75056, 2A004 ou 99100), et non %1.</translation>
    </message>
    <message>
        <source>The IPP</source>
        <translation>IPP</translation>
    </message>
</context>
<context>
    <name>PatientPrintData</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Full resuscitation</source>
        <translation>Traitement complet, réanimation</translation>
    </message>
    <message>
        <source>No CPR</source>
        <translation>Pas de RCP</translation>
    </message>
    <message>
        <source>Limited treatment</source>
        <translation>Limitation des thérapeutiques actives</translation>
    </message>
    <message>
        <source>Comfort care only</source>
        <translation>Soins de confort uniquement</translation>
    </message>
    <message>
        <source>Not discussed</source>
        <translation>Non discuté</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Contact precautions</source>
        <translation>Précautions contact</translation>
    </message>
    <message>
        <source>Droplet precautions</source>
        <translation>Précautions gouttelettes</translation>
    </message>
    <message>
        <source>Airborne precautions</source>
        <translation>Précautions air</translation>
    </message>
    <message>
        <source>Protective isolation</source>
        <translation>Isolement protecteur</translation>
    </message>
    <message>
        <source>SMUR (mobile intensive care)</source>
        <translation>SMUR</translation>
    </message>
    <message>
        <source>Ambulance</source>
        <translation>Ambulance</translation>
    </message>
    <message>
        <source>Helicopter</source>
        <translation>Hélicoptère</translation>
    </message>
    <message>
        <source>Light medical vehicle (VSL)</source>
        <translation>VSL (véhicule sanitaire léger)</translation>
    </message>
    <message>
        <source>oral</source>
        <translation>per os</translation>
    </message>
    <message>
        <source>IV</source>
        <translation>IV</translation>
    </message>
    <message>
        <source>IM</source>
        <translation>IM</translation>
    </message>
    <message>
        <source>SC</source>
        <translation>SC</translation>
    </message>
    <message>
        <source>sublingual</source>
        <translation>sublinguale</translation>
    </message>
    <message>
        <source>inhaled</source>
        <translation>inhalée</translation>
    </message>
    <message>
        <source>rectal</source>
        <translation>rectale</translation>
    </message>
    <message>
        <source>topical</source>
        <translation>cutanée</translation>
    </message>
    <message>
        <source>enteral</source>
        <translation>entérale</translation>
    </message>
    <message>
        <source>IU</source>
        <translation>UI</translation>
    </message>
    <message>
        <source>tablet(s)</source>
        <translation>comprimé(s)</translation>
    </message>
    <message>
        <source>drop(s)</source>
        <translation>goutte(s)</translation>
    </message>
    <message>
        <source>puff(s)</source>
        <translation>bouffée(s)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Personne à prévenir</translation>
    </message>
    <message>
        <source>Trusted person</source>
        <translation>Personne de confiance</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Médecin traitant</translation>
    </message>
    <message>
        <source>None known</source>
        <translation>Aucune connue</translation>
    </message>
    <message>
        <source>Carrier: %1</source>
        <translation>Porteur : %1</translation>
    </message>
    <message>
        <source>Unknown (not screened)</source>
        <translation>Inconnu (non dépisté)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>UNSTABLE</source>
        <translation>INSTABLE</translation>
    </message>
    <message>
        <source>watcher</source>
        <translation>à surveiller</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stable</translation>
    </message>
    <message>
        <source> — given %1</source>
        <translation> — administré à %1</translation>
    </message>
    <message>
        <source> — held %1</source>
        <translation> — suspendu à %1</translation>
    </message>
    <message>
        <source> — refused %1</source>
        <translation> — refusé à %1</translation>
    </message>
    <message>
        <source>NOT RECORDED — ask</source>
        <translation>NON RENSEIGNÉ — à demander</translation>
    </message>
    <message>
        <source>No known allergy</source>
        <translation>Aucune allergie connue</translation>
    </message>
    <message>
        <source>born %1 (%2 y)</source>
        <translation>né(e) %1 (%2 ans)</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>N° %1</translation>
    </message>
    <message>
        <source>IPP %1</source>
        <translation>IPP %1</translation>
    </message>
    <message>
        <source>%1 bed %2</source>
        <translation>%1 lit %2</translation>
    </message>
    <message>
        <source>RR %1</source>
        <translation>FR %1</translation>
    </message>
    <message>
        <source>SpO₂ %1 %</source>
        <translation>SpO₂ %1 %</translation>
    </message>
    <message>
        <source> (scale 2)</source>
        <translation> (échelle 2)</translation>
    </message>
    <message>
        <source>O₂</source>
        <translation>O₂</translation>
    </message>
    <message>
        <source>air/O₂ ?</source>
        <translation>air/O₂ ?</translation>
    </message>
    <message>
        <source>air</source>
        <translation>air</translation>
    </message>
    <message>
        <source>BP %1/%2</source>
        <translation>PA %1/%2</translation>
    </message>
    <message>
        <source>P %1</source>
        <translation>FC %1</translation>
    </message>
    <message>
        <source>T ?</source>
        <translation>T ?</translation>
    </message>
</context>
<context>
    <name>PatientService</name>
    <message>
        <source>This laptop has used every downtime number of its range (up to %1). An administrator must give it a new range or a new laptop code.</source>
        <translation>Ce poste a utilisé tous les numéros provisoires (mode dégradé) de sa plage (jusqu&apos;à %1). Un administrateur doit lui attribuer une nouvelle plage ou un nouveau code du poste.</translation>
    </message>
    <message>
        <source>Another patient already has the IPP %1.</source>
        <translation>Un autre patient a déjà l&apos;IPP %1.</translation>
    </message>
    <message>
        <source>Bed %1 of %2 is already occupied.</source>
        <translation>Le lit %1 du service %2 est déjà occupé.</translation>
    </message>
    <message>
        <source>Birth name and first names are required.</source>
        <translation>Le nom de naissance et les prénoms sont obligatoires.</translation>
    </message>
    <message>
        <source>A valid birth date is required.</source>
        <translation>Une date de naissance valide est obligatoire.</translation>
    </message>
    <message>
        <source>Sex must be F, M or U.</source>
        <translation>Le sexe doit être F, M ou U.</translation>
    </message>
    <message>
        <source>%1 is already admitted (%2 %3).</source>
        <translation>%1 est déjà admis(e) (%2 %3).</translation>
    </message>
    <message>
        <source>%1 is recorded as deceased.</source>
        <translation>%1 est enregistré(e) comme décédé(e).</translation>
    </message>
    <message>
        <source>%1 is not admitted.</source>
        <translation>%1 n&apos;est pas admis(e).</translation>
    </message>
    <message>
        <source>Enter the destination hospital.</source>
        <translation>Saisissez l&apos;établissement de destination.</translation>
    </message>
    <message>
        <source>No patient %1.</source>
        <translation>Patient %1 introuvable.</translation>
    </message>
    <message>
        <source>No patient with the number %1.</source>
        <translation>Aucun patient ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>Say why the identity is corrected.</source>
        <translation>Indiquez pourquoi l&apos;identité est corrigée.</translation>
    </message>
    <message>
        <source>The identity is unchanged: nothing to save.</source>
        <translation>L&apos;identité n&apos;a pas changé : rien à enregistrer.</translation>
    </message>
    <message>
        <source>No patient with the IPP %1.</source>
        <translation>Aucun patient avec l’IPP %1.</translation>
    </message>
    <message>
        <source>The ward code</source>
        <translation>Code du service</translation>
    </message>
    <message>
        <source>The bed</source>
        <translation>Lit</translation>
    </message>
    <message>
        <source>The reason for admission</source>
        <translation>Motif d&apos;admission</translation>
    </message>
    <message>
        <source>The destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>The SAMU regulation number</source>
        <translation>Numéro de régulation SAMU</translation>
    </message>
    <message>
        <source>The transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>The reason for the transfer</source>
        <translation>Motif du transfert</translation>
    </message>
    <message>
        <source>The allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>There is no ward %1 on this laptop.</source>
        <translation>Il n&apos;y a pas d&apos;unité %1 sur ce portable.</translation>
    </message>
</context>
<context>
    <name>PatientsImportCommand</name>
    <message>
        <source>Import the census CSV (patients present when IT went down); all or nothing.</source>
        <translation>Importer le fichier CSV des présents (patients présents au moment de la panne informatique) ; tout ou rien.</translation>
    </message>
    <message>
        <source>Check the file and say what would be imported; write nothing.</source>
        <translation>Vérifier le fichier et indiquer ce qui serait importé ; ne rien écrire.</translation>
    </message>
    <message>
        <source>census.csv</source>
        <translation>census.csv</translation>
    </message>
    <message>
        <source>Give exactly one CSV file.</source>
        <translation>Indiquez exactement un fichier CSV.</translation>
    </message>
    <message>
        <source>Would import %1 patient(s); %2 already present.</source>
        <translation>%1 patient(s) à importer ; %2 déjà présent(s).</translation>
    </message>
    <message>
        <source>Imported %1 patient(s); %2 already present.</source>
        <translation>%1 patient(s) importé(s) ; %2 déjà présent(s).</translation>
    </message>
    <message>
        <source>The census</source>
        <translation>Le fichier des présents</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) carry an IPP already given to a different identity: check them (see above).</source>
        <translation>
            <numerusform>%n ligne porte un IPP déjà attribué à une autre identité : vérifiez-la (voir ci-dessus).</numerusform>
            <numerusform>%n lignes portent un IPP déjà attribué à une autre identité : vérifiez-les (voir ci-dessus).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientsListCommand</name>
    <message>
        <source>List the patients of this laptop (all, or one ward&apos;s).</source>
        <translation>Lister les patients de ce portable (tous, ou ceux d&apos;une unité).</translation>
    </message>
    <message>
        <source>Only the patients of this ward.</source>
        <translation>Seulement les patients de cette unité.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Output format: csv or text (default).</source>
        <translation>Format de sortie : csv ou text (par défaut).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>--ward needs a ward code.</source>
        <translation>--ward demande un code d&apos;unité.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayloadMerger</name>
    <message>
        <source>The bundle&apos;s content is malformed: nothing was imported.</source>
        <translation>Le contenu du fichier d&apos;échange est mal formé : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The bundle&apos;s content does not fit this laptop&apos;s data (%1): nothing was imported.</source>
        <translation>Le contenu du fichier d&apos;échange ne correspond pas aux données de ce poste (%1) : rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>The hub&apos;s CA certificate, this laptop&apos;s certificate and its key are all needed.</source>
        <translation>Le certificat de l&apos;autorité du serveur central, le certificat de ce poste et sa clé sont tous nécessaires.</translation>
    </message>
    <message>
        <source>Cannot reach the hub: out of memory.</source>
        <translation>Impossible de joindre le serveur central : mémoire insuffisante.</translation>
    </message>
    <message>
        <source>The hub at %1 port %2 refused or could not be reached: %3</source>
        <translation>Le serveur central %1 port %2 a refusé la connexion ou n&apos;a pas pu être joint : %3</translation>
    </message>
    <message>
        <source>The hub refused %1: %2</source>
        <translation>Le serveur central a refusé %1 : %2</translation>
    </message>
    <message>
        <source>Not connected to the hub.</source>
        <translation>Pas de connexion au serveur central.</translation>
    </message>
    <message>
        <source>a statement</source>
        <translation>une instruction</translation>
    </message>
    <message>
        <source>The hub refused a statement: %1</source>
        <translation>Le serveur central a refusé une instruction : %1</translation>
    </message>
    <message>
        <source>the notification wait</source>
        <translation>l&apos;attente de notification</translation>
    </message>
</context>
<context>
    <name>PlanChecker</name>
    <message>
        <source>Plan line %1: case &quot;%2&quot; is not in the cases file.</source>
        <translation>Ligne %1 du planning : l&apos;intervention « %2 » ne figure pas dans le fichier des interventions.</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot; is missing from the plan.</source>
        <translation>L&apos;intervention « %1 » est absente du planning.</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot; appears %2 times (plan lines %3).</source>
        <translation>L&apos;intervention « %1 » apparaît %2 fois (lignes %3 du planning).</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot; is booked in session &quot;%2&quot;, which does not exist.</source>
        <translation>L&apos;intervention « %1 » est programmée dans la vacation « %2 », qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot; is booked in session &quot;%2&quot;, which is closed.</source>
        <translation>L&apos;intervention « %1 » est programmée dans la vacation « %2 », qui est fermée.</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot; (specialty &quot;%2&quot;) is in session &quot;%3&quot;, which serves &quot;%4&quot;.</source>
        <translation>L&apos;intervention « %1 » (spécialité « %2 ») est dans la vacation « %3 », réservée à « %4 ».</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot; is operated on %2, before its listed date %3.</source>
        <translation>L&apos;intervention « %1 » a lieu le %2, avant sa date d&apos;inscription (%3).</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot; is operated on %2, before its earliest date %3.</source>
        <translation>L&apos;intervention « %1 » a lieu le %2, avant sa date au plus tôt (%3).</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot; is locked in session &quot;%2&quot; but the plan puts it %3.</source>
        <translation>L&apos;intervention « %1 » est verrouillée dans la vacation « %2 », mais le planning la place %3.</translation>
    </message>
    <message>
        <source>in session &quot;%1&quot;</source>
        <translation>dans la vacation « %1 »</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>hors de toute vacation</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot; starts at %2, before the start %3 of session &quot;%4&quot;.</source>
        <translation>L&apos;intervention « %1 » commence à %2, avant le début (%3) de la vacation « %4 ».</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot; ends at %2, after the end %3 of session &quot;%4&quot;.</source>
        <translation>L&apos;intervention « %1 » se termine à %2, après la fin (%3) de la vacation « %4 ».</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot; starts at %2 in session &quot;%3&quot;, less than %4 minutes after case &quot;%5&quot; ends at %6.</source>
        <translation>L&apos;intervention « %1 » commence à %2 dans la vacation « %3 », moins de %4 minutes après la fin de l&apos;intervention « %5 » à %6.</translation>
    </message>
    <message>
        <source>Surgeon &quot;%1&quot; has case &quot;%2&quot; in session &quot;%3&quot; and case &quot;%4&quot; in the overlapping session &quot;%5&quot; on %6.</source>
        <translation>Le chirurgien « %1 » a l&apos;intervention « %2 » dans la vacation « %3 » et l&apos;intervention « %4 » dans la vacation « %5 », qui la chevauche, le %6.</translation>
    </message>
    <message>
        <source>Patient &quot;%1&quot; has %2 cases on %3: %4.</source>
        <translation>Le patient « %1 » a %2 interventions le %3 : %4.</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1 : lecture impossible (%2).</translation>
    </message>
    <message>
        <source>a case id</source>
        <translation>un identifiant d&apos;intervention</translation>
    </message>
    <message>
        <source>empty, as the case has no session</source>
        <translation>vide, car l&apos;intervention n&apos;a pas de vacation</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2).</source>
        <translation>%1 : écriture impossible (%2).</translation>
    </message>
    <message>
        <source>a time HH:MM, found %1</source>
        <translation>une heure au format HH:MM, et non %1</translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message>
        <source>Total cost: %1
</source>
        <translation>Coût total : %1
</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programmées</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Reportées</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacées</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Lateness</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Postponement</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Stabilité</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>[constraint %1] %2
</source>
        <translation>[contrainte %1] %2
</translation>
    </message>
</context>
<context>
    <name>PlannedSurgeryQuery</name>
    <message>
        <source>moved (was %1)</source>
        <translation>déplacée (prévue le %1)</translation>
    </message>
    <message>
        <source>waiting for a date</source>
        <translation>en attente d&apos;une date</translation>
    </message>
    <message>
        <source>%1 %2, %3: %4</source>
        <translation>%1 %2, %3 : %4</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>postponed (was %1)</source>
        <translation>reportée (prévue le %1)</translation>
    </message>
    <message>
        <source>no date (was %1)</source>
        <translation>sans date (prévue le %1)</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>Building a first plan</source>
        <translation>Construction d&apos;un premier planning</translation>
    </message>
    <message>
        <source>Computing the lower bound</source>
        <translation>Calcul de la borne inférieure</translation>
    </message>
    <message>
        <source>Improving the plan</source>
        <translation>Amélioration du planning</translation>
    </message>
    <message>
        <source>Searching exhaustively</source>
        <translation>Recherche exhaustive</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>PrescribingChecks</name>
    <message>
        <source>IU</source>
        <translation>UI</translation>
    </message>
    <message>
        <source>Not a drug of the formulary: no allergy, dose or route check was made.</source>
        <translation>Médicament hors livret : aucun contrôle d&apos;allergie, de dose ni de voie n&apos;a été fait.</translation>
    </message>
    <message>
        <source>%1 is not in the formulary: no allergy, dose or route check was made.</source>
        <translation>%1 n&apos;est pas dans le livret : aucun contrôle d&apos;allergie, de dose ni de voie n&apos;a été fait.</translation>
    </message>
    <message>
        <source>Allergy: the patient&apos;s allergies (&quot;%1&quot;) name %2; %3 is in the class %4.</source>
        <translation>Allergie : les allergies du patient (« %1 ») citent %2 ; %3 appartient à la classe %4.</translation>
    </message>
    <message>
        <source>Route: %1 is not given by the route &quot;%2&quot; (formulary: %3).</source>
        <translation>Voie : %1 ne s&apos;administre pas par la voie « %2 » (livret : %3).</translation>
    </message>
    <message>
        <source>Dose not checked: the formulary gives %1&apos;s limits in %2 and no way to convert %3.</source>
        <translation>Dose non contrôlée : le livret donne les limites de %1 en %2 sans conversion possible depuis %3.</translation>
    </message>
    <message>
        <source>Dose: %1 per administration is above the maximum of %2 for %3.</source>
        <translation>Dose : %1 par administration dépasse le maximum de %2 pour %3.</translation>
    </message>
    <message numerus="yes">
        <source>Dose: %1 per 24 h (%n administration(s)) is above the maximum of %2 for %3.</source>
        <translation>
            <numerusform>Dose : %1 par 24 h (%n administration) dépasse le maximum de %2 pour %3.</numerusform>
            <numerusform>Dose : %1 par 24 h (%n administrations) dépasse le maximum de %2 pour %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Child of %n year(s): the latest weight (%1 kg on %2) is more than %3 days old; the mg/kg limit was not checked. Weigh the child.</source>
        <translation>
            <numerusform>Enfant de %n an : le dernier poids (%1 kg le %2) date de plus de %3 jours ; la limite en mg/kg n&apos;a pas été contrôlée. Pesez l&apos;enfant.</numerusform>
            <numerusform>Enfant de %n ans : le dernier poids (%1 kg le %2) date de plus de %3 jours ; la limite en mg/kg n&apos;a pas été contrôlée. Pesez l&apos;enfant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Child of %n year(s): no weight recorded; the mg/kg limit was not checked. Weigh the child.</source>
        <translation>
            <numerusform>Enfant de %n an : aucun poids enregistré ; la limite en mg/kg n&apos;a pas été contrôlée. Pesez l&apos;enfant.</numerusform>
            <numerusform>Enfant de %n ans : aucun poids enregistré ; la limite en mg/kg n&apos;a pas été contrôlée. Pesez l&apos;enfant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Child dose: %1 per administration is %2 per kg for %3 kg, above the limit of %4 per kg (%5).</source>
        <translation>Dose pédiatrique : %1 par administration font %2 par kg pour %3 kg, au-delà de la limite de %4 par kg (%5).</translation>
    </message>
    <message>
        <source>Child dose: %1 per 24 h is %2 per kg for %3 kg, above the limit of %4 per kg per 24 h (%5).</source>
        <translation>Dose pédiatrique : %1 par 24 h font %2 par kg pour %3 kg, au-delà de la limite de %4 par kg et par 24 h (%5).</translation>
    </message>
    <message>
        <source>Duplicate: the patient already has %1, of the same class (%2), active.</source>
        <translation>Doublon : le patient a déjà %1, de la même classe (%2), en cours.</translation>
    </message>
    <message>
        <source>High-risk drug: each administration needs a second nurse&apos;s check.</source>
        <translation>Médicament à risque : chaque administration demande le contrôle d&apos;une seconde infirmière.</translation>
    </message>
</context>
<context>
    <name>PrescribingService</name>
    <message>
        <source>Choose a drug of the formulary.</source>
        <translation>Choisissez un médicament du livret.</translation>
    </message>
    <message>
        <source>%1 is not a drug of the formulary.</source>
        <translation>%1 n&apos;est pas un médicament du livret.</translation>
    </message>
    <message>
        <source>%1 To prescribe anyway, give the reason.</source>
        <translation>%1 Pour prescrire malgré tout, indiquez le motif.</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>The patient: downtime number or IPP.</source>
        <translation>Le patient : numéro provisoire ou IPP.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--patient ID is required (a downtime number or an IPP).</source>
        <translation>L&apos;option --patient ID est obligatoire (un numéro provisoire ou un IPP).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1</source>
        <translation>
            <numerusform>%n page écrite dans %1</numerusform>
            <numerusform>%n pages écrites dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to %1</source>
        <translation>
            <numerusform>%n page envoyée à %1</numerusform>
            <numerusform>%n pages envoyées à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The order number, as printed on the request.</source>
        <translation>Le numéro de la demande, tel qu’imprimé sur le bon.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>--order NUMBER is required (the order number, e.g. T1-L0001).</source>
        <translation>--order NUMÉRO est obligatoire (le numéro de la demande, par ex. T1-L0001).</translation>
    </message>
</context>
<context>
    <name>PrintDocument</name>
    <message>
        <source>Cannot start printing: the printer or the file is not available.</source>
        <translation>Impossible de lancer l&apos;impression : l&apos;imprimante ou le fichier n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The printer stopped after page %1.</source>
        <translation>L&apos;imprimante s&apos;est arrêtée après la page %1.</translation>
    </message>
    <message>
        <source>The printout could not be finished.</source>
        <translation>L&apos;impression n&apos;a pas pu être terminée.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>PrintHandoverCommand</name>
    <message>
        <source>Print the handover sheet of a ward for a shift.</source>
        <translation>Imprimer la feuille de transmissions d&apos;un service pour une équipe.</translation>
    </message>
    <message>
        <source>Ward code.</source>
        <translation>Code du service.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>morning, afternoon or night (default: the current shift).</source>
        <translation>morning, afternoon ou night (par défaut : l&apos;équipe en cours).</translation>
    </message>
    <message>
        <source>SHIFT</source>
        <translation>ÉQUIPE</translation>
    </message>
    <message>
        <source>Only patients at this NEWS2 risk or above: medium.</source>
        <translation>Uniquement les patients à ce niveau de risque NEWS2 ou plus : medium.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <source>Only these patients (downtime numbers, comma-separated).</source>
        <translation>Uniquement ces patients (numéros provisoires séparés par des virgules).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>--ward CODE is required.</source>
        <translation>L&apos;option --ward CODE est obligatoire.</translation>
    </message>
    <message>
        <source>Unknown shift &quot;%1&quot;: use morning, afternoon or night.</source>
        <translation>Équipe inconnue « %1 » : utilisez morning, afternoon ou night.</translation>
    </message>
    <message>
        <source>Unknown risk &quot;%1&quot;: use medium (medium or high risk patients).</source>
        <translation>Risque inconnu « %1 » : utilisez medium (patients à risque moyen ou élevé).</translation>
    </message>
</context>
<context>
    <name>PrintKitCommand</name>
    <message>
        <source>Print the paper fallback kit (observation chart, medication record, notes) for a patient.</source>
        <translation>Imprimer le kit papier de secours (feuille de surveillance, feuille d&apos;administration des médicaments, transmissions ciblées) d&apos;un patient.</translation>
    </message>
</context>
<context>
    <name>PrintLabelsCommand</name>
    <message>
        <source>Print identity labels and a wristband with a QR code for a patient.</source>
        <translation>Imprimer les étiquettes d&apos;identité et un bracelet avec code QR d&apos;un patient.</translation>
    </message>
</context>
<context>
    <name>PrintOrderRequestCommand</name>
    <message>
        <source>Print the request (bon de demande) of a laboratory or imaging order.</source>
        <translation>Imprimer le bon de demande d’examens de laboratoire ou d’imagerie.</translation>
    </message>
</context>
<context>
    <name>PrintService</name>
    <message>
        <source>Ward handover sheet</source>
        <translation>Feuille de transmissions du service</translation>
    </message>
    <message>
        <source>Transfer letter</source>
        <translation>Fiche de liaison</translation>
    </message>
    <message>
        <source>Labels and wristband</source>
        <translation>Étiquettes et bracelet</translation>
    </message>
    <message>
        <source>Paper fallback kit</source>
        <translation>Kit papier de secours</translation>
    </message>
    <message>
        <source>Situation report</source>
        <translation>Point de situation</translation>
    </message>
    <message>
        <source>Laboratory or imaging request</source>
        <translation>Bon de demande (laboratoire ou imagerie)</translation>
    </message>
    <message>
        <source>Tube labels</source>
        <translation>Étiquettes de tubes</translation>
    </message>
</context>
<context>
    <name>PrintSitrepCommand</name>
    <message>
        <source>Print the situation report for the crisis unit (last 24 hours by default).</source>
        <translation>Imprimer le point de situation pour la cellule de crise (24 dernières heures par défaut).</translation>
    </message>
    <message>
        <source>Period covered, in hours before now (default 24).</source>
        <translation>Période couverte, en heures jusqu&apos;à maintenant (24 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
</context>
<context>
    <name>PrintTargetOptions</name>
    <message>
        <source>Write the printout to this PDF file.</source>
        <translation>Écrire l&apos;impression dans ce fichier PDF.</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FICHIER.pdf</translation>
    </message>
    <message>
        <source>Print on this printer (as listed by lpstat -p).</source>
        <translation>Imprimer sur cette imprimante (nom tel qu&apos;affiché par lpstat -p).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Say where to print: --out FILE.pdf or --printer NAME (one of them).</source>
        <translation>Indiquez où imprimer : --out FICHIER.pdf ou --printer NOM (l&apos;un ou l&apos;autre).</translation>
    </message>
    <message>
        <source>No printer &quot;%1&quot; (printers: %2).</source>
        <translation>Imprimante « %1 » introuvable (imprimantes : %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>PrintTransferCommand</name>
    <message>
        <source>Print the transfer letter (fiche de liaison) of a patient.</source>
        <translation>Imprimer la fiche de liaison d&apos;un patient.</translation>
    </message>
</context>
<context>
    <name>PrintTubeLabelsCommand</name>
    <message>
        <source>Print one label per tube of a laboratory order, with its QR code.</source>
        <translation>Imprimer une étiquette par tube d’une demande de laboratoire, avec son code QR.</translation>
    </message>
</context>
<context>
    <name>Proposal</name>
    <message>
        <source>moved</source>
        <translation>déplacée</translation>
    </message>
    <message>
        <source>given a slot</source>
        <translation>programmée</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>reportée</translation>
    </message>
    <message>
        <source>%1 moved, %2 given a slot, %3 postponed; %4 of these after their deadline.</source>
        <translation>%1 déplacées, %2 programmées, %3 reportées ; %4 d&apos;entre elles après leur date limite.</translation>
    </message>
    <message>
        <source>Delay score %1 → %2 (%3 % lower).</source>
        <translation>Score de retard %1 → %2 (%3 % de moins).</translation>
    </message>
    <message>
        <source>Delay score %1 → %2.</source>
        <translation>Score de retard %1 → %2.</translation>
    </message>
    <message>
        <source>The delay score adds up, for every case, the days it waits weighted by its priority (a day counts 50 for P1, 10 for P2, 3 for P3 and 1 for P4), ten times as much for each day past its deadline, 30 days&apos; worth for a case left without a date, and 2 for each booking moved. Lower is better.</source>
        <translation>Le score de retard additionne, pour chaque intervention, ses jours d&apos;attente pondérés par sa priorité (un jour compte 50 en P1, 10 en P2, 3 en P3 et 1 en P4), dix fois plus pour chaque jour au-delà de sa date limite, l&apos;équivalent de 30 jours pour une intervention laissée sans date, et 2 pour chaque programmation déplacée. Plus il est bas, mieux c&apos;est.</translation>
    </message>
    <message>
        <source>Why more cases are late: &quot;late&quot; counts only cases that have a date; those without one are counted as postponed.</source>
        <translation>Pourquoi davantage d&apos;interventions en retard : « en retard » ne compte que les interventions qui ont une date ; celles qui n&apos;en ont pas sont comptées comme reportées.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) had no date (their session was closed, or they were never booked) and now get one after their deadline: the earliest slot left once the theatres closed, the most urgent first. A late date is better than none.</source>
        <translation>
            <numerusform>%n intervention n&apos;avait pas de date (sa vacation a été fermée, ou elle n&apos;a jamais été programmée) et en reçoit une après sa date limite : le premier créneau restant une fois les salles fermées, les plus urgentes d&apos;abord. Une date tardive vaut mieux que pas de date.</numerusform>
            <numerusform>%n interventions n&apos;avaient pas de date (leur vacation a été fermée, ou elles n&apos;ont jamais été programmées) et en reçoivent une après leur date limite : le premier créneau restant une fois les salles fermées, les plus urgentes d&apos;abord. Une date tardive vaut mieux que pas de date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) move after their deadline to make room for more urgent ones.</source>
        <translation>
            <numerusform>%n intervention passe après sa date limite pour laisser la place à de plus urgentes.</numerusform>
            <numerusform>%n interventions passent après leur date limite pour laisser la place à de plus urgentes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotedText</name>
    <message>
        <source>(%1 characters in all)</source>
        <translation>(%1 caractères en tout)</translation>
    </message>
</context>
<context>
    <name>ReconciliationChecklist</name>
    <message>
        <source>Identity (create, or merge with the existing record)</source>
        <translation>Identité (créer, ou fusionner avec le dossier existant)</translation>
    </message>
    <message>
        <source>Admissions office / identity vigilance</source>
        <translation>Bureau des entrées / identitovigilance</translation>
    </message>
    <message>
        <source>Stays: admission, bed moves, transfer, discharge</source>
        <translation>Séjours : admission, changements de lit, transfert, sortie</translation>
    </message>
    <message>
        <source>Patient administration (movements)</source>
        <translation>Gestion administrative des patients (mouvements)</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Patient record: allergies</source>
        <translation>Dossier patient : allergies</translation>
    </message>
    <message>
        <source>Vital signs and NEWS2 (one line per measurement)</source>
        <translation>Constantes et NEWS2 (une ligne par mesure)</translation>
    </message>
    <message>
        <source>Observation chart</source>
        <translation>Feuille de surveillance</translation>
    </message>
    <message>
        <source>Nursing notes (transmissions)</source>
        <translation>Transmissions ciblées</translation>
    </message>
    <message>
        <source>Nursing record</source>
        <translation>Dossier de soins infirmiers</translation>
    </message>
    <message>
        <source>Medication administrations</source>
        <translation>Administrations de médicaments</translation>
    </message>
    <message>
        <source>Medication administration record</source>
        <translation>Feuille d&apos;administration des médicaments</translation>
    </message>
    <message>
        <source>Origin of each entry (recorded during downtime)</source>
        <translation>Origine de chaque saisie (saisi pendant la panne informatique)</translation>
    </message>
    <message>
        <source>Filled in by the import</source>
        <translation>Renseigné par l&apos;import</translation>
    </message>
    <message>
        <source>Form &quot;%1&quot; (not in the FHIR file)</source>
        <translation>Formulaire « %1 » (absent du fichier FHIR)</translation>
    </message>
    <message>
        <source>Enter by hand</source>
        <translation>Saisir à la main</translation>
    </message>
    <message>
        <source>Back-entry checklist</source>
        <translation>Liste de contrôle de ressaisie</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>%1 — back-entry checklist — printed %2</source>
        <translation>%1 — liste de contrôle de ressaisie — imprimée le %2</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>IPP: %1   INS: %2   identity: %3   status: %4 %5 %6</source>
        <translation>IPP : %1   INS : %2   identité : %3   statut : %4 %5 %6</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>What to enter</source>
        <translation>À saisir</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Done / initials</source>
        <translation>Fait / initiales</translation>
    </message>
    <message>
        <source>No patient to enter.</source>
        <translation>Aucun patient à ressaisir.</translation>
    </message>
    <message>
        <source>cancelled (%1)</source>
        <translation>annulée (%1)</translation>
    </message>
    <message>
        <source>booked %1 %2 %3</source>
        <translation>programmée %1 %2 %3</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4</source>
        <translation>%1 %2 (%3) : %4</translation>
    </message>
    <message>
        <source>Operations moved or postponed (Appointment)</source>
        <translation>Interventions déplacées ou reportées (Appointment)</translation>
    </message>
    <message>
        <source>Theatre scheduling system</source>
        <translation>Logiciel de programmation du bloc</translation>
    </message>
    <message>
        <source>IPP %1 — %2</source>
        <translation>IPP %1 — %2</translation>
    </message>
    <message>
        <source>Tell the patient</source>
        <translation>Prévenir le patient</translation>
    </message>
    <message>
        <source>Tell the patient: %1</source>
        <translation>Prévenir le patient : %1</translation>
    </message>
    <message>
        <source>Operations moved or postponed (tell the patient)</source>
        <translation>Interventions déplacées ou reportées (prévenir le patient)</translation>
    </message>
    <message>
        <source>Theatre: operations of patients not registered in WhitePlan</source>
        <translation>Bloc : interventions de patients non enregistrés dans WhitePlan</translation>
    </message>
    <message>
        <source>Find each patient by IPP in the hospital&apos;s systems.</source>
        <translation>Retrouver chaque patient par son IPP dans les logiciels de l&apos;hôpital.</translation>
    </message>
</context>
<context>
    <name>RecordAdapter</name>
    <message>
        <source>Target: %1</source>
        <translation>Cible : %1</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>RR</source>
        <translation>FR</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>SBP</source>
        <translation>PAS</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>FC</translation>
    </message>
    <message>
        <source>T %1</source>
        <translation>T %1</translation>
    </message>
</context>
<context>
    <name>RecordSeal</name>
    <message>
        <source>the %1 record %2 (patient %3, version %4, written by %5 on %6 at %7)</source>
        <translation>l&apos;enregistrement %1 %2 (patient %3, version %4, saisi par %5 sur le poste %6 le %7)</translation>
    </message>
    <message>
        <source>%1 was altered after it was written: its content no longer matches its seal</source>
        <translation>%1 a été modifié après son écriture : son contenu ne correspond plus à son sceau</translation>
    </message>
    <message>
        <source>%1 has no seal: it was added outside WhitePlan</source>
        <translation>%1 n&apos;a pas de sceau : il a été ajouté en dehors de WhitePlan</translation>
    </message>
    <message>
        <source>the record version %1 was removed from the database</source>
        <translation>la version d&apos;enregistrement %1 a été supprimée de la base de données</translation>
    </message>
    <message>
        <source>the record seals written with audit entry %1 were altered or removed</source>
        <translation>les sceaux d&apos;enregistrements écrits avec l&apos;entrée d&apos;audit %1 ont été modifiés ou supprimés</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>Say why the record is amended.</source>
        <translation>Indiquez le motif de la correction.</translation>
    </message>
    <message>
        <source>This record was marked as entered in error and cannot be amended.</source>
        <translation>Cet enregistrement a été marqué comme saisi par erreur et ne peut pas être corrigé.</translation>
    </message>
    <message>
        <source>Say why the record was entered in error.</source>
        <translation>Indiquez pourquoi l&apos;enregistrement a été saisi par erreur.</translation>
    </message>
    <message>
        <source>This record is already marked as entered in error.</source>
        <translation>Cet enregistrement est déjà marqué comme saisi par erreur.</translation>
    </message>
    <message>
        <source>No record %1.</source>
        <translation>Enregistrement %1 introuvable.</translation>
    </message>
</context>
<context>
    <name>RescheduleCommand</name>
    <message>
        <source>Plan theatre cases into the open sessions (sessions.csv, cases.csv to plan.csv).</source>
        <translation>Programmer les interventions dans les vacations ouvertes (sessions.csv, cases.csv vers plan.csv).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Stop searching after SECONDS at the latest (default 60).</source>
        <translation>Arrêter la recherche au plus tard après SECONDES (60 par défaut).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>Plan CSV file to write.</source>
        <translation>Fichier CSV du planning à écrire.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>internal error: the plan found breaks a constraint:
%1</source>
        <translation>erreur interne : le planning trouvé enfreint une contrainte :
%1</translation>
    </message>
    <message>
        <source>Plan written to %1 (%2 cases, %3 sessions).</source>
        <translation>Planning écrit dans %1 (%2 interventions, %3 vacations).</translation>
    </message>
    <message>
        <source>Lower bound: %1</source>
        <translation>Borne inférieure : %1</translation>
    </message>
    <message>
        <source>Gap: 0.00 % (optimal)</source>
        <translation>Écart : 0,00 % (optimal)</translation>
    </message>
    <message>
        <source>Gap: %1 %</source>
        <translation>Écart : %1 %</translation>
    </message>
    <message>
        <source>Earliest-deadline first-fit would cost: %1</source>
        <translation>Coût avec l&apos;heuristique « échéance la plus proche, premier créneau libre » : %1</translation>
    </message>
    <message>
        <source>Time: %1 s</source>
        <translation>Durée : %1 s</translation>
    </message>
    <message>
        <source>The time limit stopped the search: a longer limit may find a better plan.</source>
        <translation>La limite de temps a interrompu la recherche : une limite plus longue pourrait trouver un meilleur planning.</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out FICHIER est obligatoire.</translation>
    </message>
</context>
<context>
    <name>ResourceMapper</name>
    <message>
        <source>the resource has no resourceType: it is not a FHIR R4 resource.</source>
        <translation>la ressource n&apos;a pas de resourceType : ce n&apos;est pas une ressource FHIR R4.</translation>
    </message>
    <message>
        <source>%1, line %2, %3: reference %4 resolves to nothing.</source>
        <translation>%1, ligne %2, %3 : la référence %4 ne renvoie à rien.</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Replace the data by a backup (the current file is kept aside).</source>
        <translation>Remplacer les données par une sauvegarde (le fichier actuel est conservé à part).</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>Le fichier de sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>Give exactly one backup file.</source>
        <translation>Indiquez exactement un fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>The current data is damaged (%1); restoring without login.</source>
        <translation>Les données actuelles sont endommagées (%1) ; restauration sans connexion.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Restauration effectuée : %1.</translation>
    </message>
    <message>
        <source>The previous data was kept as %1.</source>
        <translation>Les données précédentes ont été conservées sous %1.</translation>
    </message>
    <message>
        <source>The backup</source>
        <translation>La sauvegarde</translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>Phrase secrète de la sauvegarde : </translation>
    </message>
</context>
<context>
    <name>RestoreGuard</name>
    <message>
        <source>%1 is not a usable backup: %2</source>
        <translation>%1 n&apos;est pas une sauvegarde utilisable : %2</translation>
    </message>
    <message>
        <source>This backup belongs to another hospital, %1; this laptop belongs to %2. Restoring it would replace this laptop&apos;s hospital: nothing was changed.</source>
        <translation>Cette sauvegarde appartient à un autre hôpital, %1 ; ce poste appartient à %2. La restaurer remplacerait l&apos;hôpital de ce poste : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This backup is of the laptop %1; this laptop is %2. Restoring it would make this laptop a second %1, handing out the same downtime numbers: nothing was changed. To replace a laptop that is out of service, restore its backup into an empty data directory on the new machine.</source>
        <translation>Cette sauvegarde est celle du poste %1 ; ce poste est %2. La restaurer ferait de ce poste un second %1, qui attribuerait les mêmes numéros provisoires : rien n&apos;a été modifié. Pour remplacer un poste hors service, restaurez sa sauvegarde dans un dossier de données vide sur la nouvelle machine.</translation>
    </message>
    <message>
        <source>This backup comes from another laptop that also uses the code %1. Restoring it here would mix two laptops&apos; records and downtime numbers: nothing was changed. Restore this laptop&apos;s own backups only, or restore it into an empty data directory.</source>
        <translation>Cette sauvegarde vient d&apos;un autre poste qui utilise aussi le code %1. La restaurer ici mélangerait les enregistrements et les numéros provisoires de deux postes : rien n&apos;a été modifié. Ne restaurez que les sauvegardes de ce poste, ou restaurez celle-ci dans un dossier de données vide.</translation>
    </message>
</context>
<context>
    <name>ResultCsvImporter</name>
    <message>
        <source>a column &quot;order&quot; or &quot;patient&quot; saying whose result it is</source>
        <translation>une colonne « order » ou « patient » qui dise à qui est le résultat</translation>
    </message>
    <message>
        <source>a test code of the catalogue, not %1</source>
        <translation>un code d&apos;analyse du catalogue, pas %1</translation>
    </message>
    <message>
        <source>the number of an order (%1)</source>
        <translation>le numéro d&apos;une demande (%1)</translation>
    </message>
    <message>
        <source>the downtime number or IPP of a registered patient (%1)</source>
        <translation>le numéro de mode dégradé ou l&apos;IPP d&apos;un patient enregistré (%1)</translation>
    </message>
    <message>
        <source>the patient of order %1, not %2 (check the identity)</source>
        <translation>le patient de la demande %1, pas %2 (vérifiez l&apos;identité)</translation>
    </message>
    <message>
        <source>a patient with an open order for %1</source>
        <translation>un patient avec une demande en cours pour %1</translation>
    </message>
    <message>
        <source>an order number or a patient</source>
        <translation>un numéro de demande ou un patient</translation>
    </message>
    <message>
        <source>a date-time as YYYY-MM-DDTHH:MM, not %1</source>
        <translation>une date et une heure au format AAAA-MM-JJTHH:MM, pas %1</translation>
    </message>
    <message>
        <source>a time that has passed, not %1</source>
        <translation>une heure déjà passée, pas %1</translation>
    </message>
    <message>
        <source>a time after order %1 was placed, not %2</source>
        <translation>une heure postérieure à la demande %1, pas %2</translation>
    </message>
    <message>
        <source>the result already recorded for %1 on %2 (%3); correct it on screen if it changed</source>
        <translation>le résultat déjà enregistré pour %1 sur %2 (%3) ; corrigez-le à l&apos;écran s&apos;il a changé</translation>
    </message>
    <message>
        <source>paper or lab: a phoned result is entered on screen, with its read-back</source>
        <translation>paper ou lab : un résultat téléphoné se saisit à l&apos;écran, avec sa relecture</translation>
    </message>
</context>
<context>
    <name>ResultService</name>
    <message>
        <source>Order %1 was cancelled: no result can be entered for it.</source>
        <translation>La demande %1 a été annulée : aucun résultat ne peut y être saisi.</translation>
    </message>
    <message>
        <source>Unknown test code %1.</source>
        <translation>Code d&apos;analyse inconnu : %1.</translation>
    </message>
    <message>
        <source>%1 (%2) was not ordered on %3.</source>
        <translation>%1 (%2) n&apos;a pas été demandé sur %3.</translation>
    </message>
    <message>
        <source>Order %1 already has a result for %2: correct that result instead.</source>
        <translation>La demande %1 a déjà un résultat pour %2 : corrigez plutôt ce résultat.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a way a result arrives: paper, phone or lab.</source>
        <translation>« %1 » n&apos;est pas une provenance de résultat : papier (paper), téléphone (phone) ou laboratoire (lab).</translation>
    </message>
    <message>
        <source>The result time %1 is in the future.</source>
        <translation>L&apos;heure du résultat, %1, est dans le futur.</translation>
    </message>
    <message>
        <source>The result time %1 is before the order (%2).</source>
        <translation>L&apos;heure du résultat, %1, est avant la demande (%2).</translation>
    </message>
    <message>
        <source>%1 is in %2, not %3: convert the value or check the test.</source>
        <translation>%1 s&apos;exprime en %2, pas en %3 : convertissez la valeur ou vérifiez l&apos;analyse.</translation>
    </message>
    <message>
        <source>%1 has no unit (%2 given).</source>
        <translation>%1 n&apos;a pas d&apos;unité (%2 donnée).</translation>
    </message>
    <message>
        <source>Type the report of %1.</source>
        <translation>Saisissez le compte rendu de %1.</translation>
    </message>
    <message>
        <source>An imaging report has no unit (%1 given).</source>
        <translation>Un compte rendu d&apos;imagerie n&apos;a pas d&apos;unité (%1 donnée).</translation>
    </message>
    <message>
        <source>Who phoned the result? Type the caller&apos;s name.</source>
        <translation>Qui a téléphoné le résultat ? Saisissez le nom de l&apos;appelant.</translation>
    </message>
    <message>
        <source>The value read back (%1) is not the value entered (%2): check it with the caller.</source>
        <translation>La valeur relue (%1) n&apos;est pas la valeur saisie (%2) : vérifiez-la avec l&apos;appelant.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Confirm the patient&apos;s name, birth date and downtime number with the caller.</source>
        <translation>Confirmez avec l&apos;appelant le nom, la date de naissance et le numéro de mode dégradé du patient.</translation>
    </message>
    <message>
        <source>Say why the result is corrected.</source>
        <translation>Indiquez pourquoi le résultat est corrigé.</translation>
    </message>
    <message>
        <source>%1 is not a result.</source>
        <translation>%1 n&apos;est pas un résultat.</translation>
    </message>
    <message>
        <source>Type the corrected report.</source>
        <translation>Saisissez le compte rendu corrigé.</translation>
    </message>
    <message>
        <source>Type the name of the person who took the call.</source>
        <translation>Saisissez le nom de la personne qui a pris l&apos;appel.</translation>
    </message>
    <message>
        <source>The receiver must read the value back before the call is recorded.</source>
        <translation>Le destinataire doit relire la valeur avant que l&apos;appel soit enregistré.</translation>
    </message>
    <message>
        <source>Type the finding as you read it back to the caller.</source>
        <translation>Saisissez le résultat tel que vous l&apos;avez relu à l&apos;appelant.</translation>
    </message>
    <message>
        <source>The finding read back (%1) is not in the report typed: check it with the caller.</source>
        <translation>Le résultat relu (%1) n&apos;est pas dans le compte rendu saisi : vérifiez-le avec l&apos;appelant.</translation>
    </message>
</context>
<context>
    <name>ResultsEnterCommand</name>
    <message>
        <source>Enter one result of an order (from a paper report, a phone call or the laboratory).</source>
        <translation>Saisir un résultat d&apos;une demande (compte rendu papier, appel téléphonique ou laboratoire).</translation>
    </message>
    <message>
        <source>The order number (such as P2-L0007).</source>
        <translation>Le numéro de la demande (par exemple P2-L0007).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The test&apos;s code in the catalogue (LOINC), or the imaging exam&apos;s code.</source>
        <translation>Le code de l&apos;analyse dans le catalogue (LOINC), ou le code de l&apos;examen d&apos;imagerie.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The value (a number, a coded value, or the report&apos;s text).</source>
        <translation>La valeur (un nombre, une valeur codée, ou le texte du compte rendu).</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>The unit, checked against the catalogue&apos;s (never converted).</source>
        <translation>L&apos;unité, vérifiée par rapport à celle du catalogue (jamais convertie).</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>UNITÉ</translation>
    </message>
    <message>
        <source>How the result came: paper (default), phone or lab.</source>
        <translation>Provenance du résultat : paper (papier, par défaut), phone (téléphone) ou lab (laboratoire).</translation>
    </message>
    <message>
        <source>VIA</source>
        <translation>PROVENANCE</translation>
    </message>
    <message>
        <source>Phone: who gave the result.</source>
        <translation>Téléphone : qui a donné le résultat.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Phone: the value as read back to the caller.</source>
        <translation>Téléphone : la valeur relue à l&apos;appelant.</translation>
    </message>
    <message>
        <source>Phone: the patient&apos;s name, birth date and downtime number were checked with the caller.</source>
        <translation>Téléphone : le nom, la date de naissance et le numéro de mode dégradé du patient ont été vérifiés avec l&apos;appelant.</translation>
    </message>
    <message>
        <source>Imaging: the report has a finding a clinician must see now.</source>
        <translation>Imagerie : le compte rendu signale un résultat qu&apos;un clinicien doit voir immédiatement.</translation>
    </message>
    <message>
        <source>The laboratory&apos;s comment.</source>
        <translation>Le commentaire du laboratoire.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>When the result was produced, YYYY-MM-DDTHH:MM (default: now).</source>
        <translation>Heure du résultat, AAAA-MM-JJTHH:MM (par défaut : maintenant).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>--%1 is for a phoned result (--via phone).</source>
        <translation>--%1 concerne un résultat téléphoné (--via phone).</translation>
    </message>
    <message>
        <source>Recorded %1: %2%3%4 for %5.</source>
        <translation>Enregistré %1 : %2%3%4 pour %5.</translation>
    </message>
    <message>
        <source>Critical result: alert %1 stays open until a doctor acknowledges it.</source>
        <translation>Résultat critique : l&apos;alerte %1 reste ouverte jusqu&apos;à son acquittement par un médecin.</translation>
    </message>
</context>
<context>
    <name>ResultsImportCommand</name>
    <message>
        <source>Import laboratory results from CSV (results.csv); all or nothing.</source>
        <translation>Importer des résultats de laboratoire depuis un CSV (results.csv) ; tout ou rien.</translation>
    </message>
    <message>
        <source>results.csv</source>
        <translation>results.csv</translation>
    </message>
    <message>
        <source>Check the whole file and write nothing.</source>
        <translation>Vérifier tout le fichier sans rien enregistrer.</translation>
    </message>
    <message>
        <source>Give exactly one CSV file.</source>
        <translation>Indiquez exactement un fichier CSV.</translation>
    </message>
    <message>
        <source>The results file</source>
        <translation>Le fichier de résultats</translation>
    </message>
    <message>
        <source>Dry run: %1 result(s) would be imported; %2 already present. Nothing was written.</source>
        <translation>Essai à blanc : %1 résultat(s) seraient importés ; %2 déjà présent(s). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Imported %1 result(s); %2 already present.</source>
        <translation>%1 résultat(s) importé(s) ; %2 déjà présent(s).</translation>
    </message>
    <message numerus="yes">
        <source>%n critical result(s): alert(s) %1 stay open until a doctor acknowledges them.</source>
        <translation>
            <numerusform>%n résultat critique : l&apos;alerte %1 reste ouverte jusqu&apos;à son acquittement par un médecin.</numerusform>
            <numerusform>%n résultats critiques : les alertes %1 restent ouvertes jusqu&apos;à leur acquittement par un médecin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolePages</name>
    <message>
        <source>%1 is not part of your role&apos;s work (%2).</source>
        <extracomment>%1 is a page of the sidebar (Wards, Theatres…), %2 a role (Laboratory).</extracomment>
        <translation>%1 ne fait pas partie du travail de votre rôle (%2).</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Nurse</source>
        <extracomment>Shown after a person&apos;s name, &quot;Claire Martin (Nurse)&quot;, and in &quot;Your role (Nurse)…&quot;: a noun that fits any gender (French: IDE, not Infirmier / Infirmière).</extracomment>
        <translation>IDE</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>Theatre manager</source>
        <translation>Cadre de bloc</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>managing users</source>
        <translation>la gestion des utilisateurs</translation>
    </message>
    <message>
        <source>configuring the hospital and this laptop</source>
        <translation>la configuration de l&apos;hôpital et de ce poste</translation>
    </message>
    <message>
        <source>registering and editing patients</source>
        <translation>l&apos;enregistrement et la modification des patients</translation>
    </message>
    <message>
        <source>recording care</source>
        <translation>la saisie des soins</translation>
    </message>
    <message>
        <source>prescribing</source>
        <translation>la prescription</translation>
    </message>
    <message>
        <source>setting the NEWS2 SpO2 scale 2</source>
        <translation>le réglage de l&apos;échelle SpO2 2 du NEWS2</translation>
    </message>
    <message>
        <source>managing theatres</source>
        <translation>la gestion des blocs opératoires</translation>
    </message>
    <message>
        <source>importing data</source>
        <translation>l&apos;import de données</translation>
    </message>
    <message>
        <source>exporting data</source>
        <translation>l&apos;export de données</translation>
    </message>
    <message>
        <source>making backups</source>
        <translation>la réalisation de sauvegardes</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>la restauration d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>l&apos;impression</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>ordering tests and exams</source>
        <translation>la demande d&apos;examens de biologie et d&apos;imagerie</translation>
    </message>
    <message>
        <source>recording specimens and results</source>
        <translation>l&apos;enregistrement des prélèvements et des résultats</translation>
    </message>
    <message>
        <source>acknowledging alerts</source>
        <translation>l&apos;acquittement des alertes</translation>
    </message>
</context>
<context>
    <name>ScheduleImporter</name>
    <message>
        <source>Cannot read %1 or %2.</source>
        <translation>Impossible de lire %1 ou %2.</translation>
    </message>
    <message>
        <source>%1 sessions (%2 closed), %3 cases from %4 and %5</source>
        <translation>%1 vacations (%2 fermées), %3 interventions importées depuis %4 et %5</translation>
    </message>
</context>
<context>
    <name>SessionOrder</name>
    <message>
        <source>There is no such case or session.</source>
        <translation>Intervention ou vacation introuvable.</translation>
    </message>
    <message>
        <source>Session %1 runs from %2 to %3: %4 is outside it.</source>
        <translation>La vacation %1 va de %2 à %3 : %4 est en dehors.</translation>
    </message>
    <message>
        <source>Case %1 would end at %2, after session %3 ends (%4).</source>
        <translation>L&apos;intervention %1 finirait à %2, après la fin de la vacation %3 (%4).</translation>
    </message>
    <message>
        <source>Case %1 at %2 would push case %3 to end at %4, after session %5 ends (%6).</source>
        <translation>L&apos;intervention %1 à %2 repousserait la fin de l&apos;intervention %3 à %4, après la fin de la vacation %5 (%6).</translation>
    </message>
</context>
<context>
    <name>SessionSettings</name>
    <message>
        <source>The idle time before locking must be between 1 and %1 minutes.</source>
        <translation>Le délai d&apos;inactivité avant verrouillage doit être compris entre 1 et %1 minutes.</translation>
    </message>
</context>
<context>
    <name>SiteIdentity</name>
    <message>
        <source>an unnamed hospital</source>
        <translation>un hôpital sans nom</translation>
    </message>
    <message>
        <source>%1 (no hospital id)</source>
        <translation>%1 (sans identifiant d&apos;hôpital)</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (identifiant %2)</translation>
    </message>
</context>
<context>
    <name>SiteService</name>
    <message>
        <source>Enter the hospital&apos;s name.</source>
        <translation>Saisissez le nom de l&apos;hôpital.</translation>
    </message>
    <message>
        <source>The laptop code must be 2 to 6 capital letters or digits (for example URG1); each laptop of the hospital needs a different code.</source>
        <translation>Le code du poste doit comporter 2 à 6 lettres majuscules ou chiffres (par exemple URG1) ; chaque poste de l&apos;hôpital doit avoir un code différent.</translation>
    </message>
    <message>
        <source>The downtime-number range must lie within 1–999999, first number before last.</source>
        <translation>La plage de numéros provisoires (mode dégradé) doit être comprise entre 1 et 999999, le premier numéro précédant le dernier.</translation>
    </message>
    <message>
        <source>Every ward needs a code of at most 16 characters.</source>
        <translation>Chaque service doit avoir un code de 16 caractères au plus.</translation>
    </message>
    <message>
        <source>The ward code %1 is used twice.</source>
        <translation>Le code de service %1 est utilisé deux fois.</translation>
    </message>
    <message>
        <source>The ward %1 needs a name.</source>
        <translation>Le service %1 doit avoir un nom.</translation>
    </message>
    <message>
        <source>The ward %1 has two beds with the same label.</source>
        <translation>Le service %1 a deux lits portant le même libellé.</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s user name and full name.</source>
        <translation>Saisissez le nom d&apos;utilisateur et le nom complet de l&apos;administrateur.</translation>
    </message>
    <message>
        <source>This data directory is already set up for %1.</source>
        <translation>Ce dossier de données est déjà configuré pour %1.</translation>
    </message>
    <message>
        <source>There is already a ward with the code %1.</source>
        <translation>Il existe déjà un service avec le code %1.</translation>
    </message>
    <message>
        <source>The hospital id %1 is not valid: copy it exactly as the hospital&apos;s first laptop shows it (16 characters such as H7KQ-2M9X-4TZP-8WRA).</source>
        <translation>L&apos;identifiant d&apos;hôpital %1 n&apos;est pas valide : recopiez-le exactement tel que le premier poste de l&apos;hôpital l&apos;affiche (16 caractères, par exemple H7KQ-2M9X-4TZP-8WRA).</translation>
    </message>
    <message>
        <source>%1 (id %2), range %3–%4</source>
        <translation>%1 (identifiant %2), plage %3–%4</translation>
    </message>
</context>
<context>
    <name>SituationReport</name>
    <message>
        <source>Situation report</source>
        <translation>Point de situation</translation>
    </message>
    <message>
        <source>last %1 hours, since %2</source>
        <translation>%1 dernières heures, depuis le %2</translation>
    </message>
    <message>
        <source>Inpatients: %1 · free beds: %2 · admissions: %3 · transfers out: %4 · discharges: %5 · deaths: %6</source>
        <translation>Patients hospitalisés : %1 · lits libres : %2 · entrées : %3 · transferts sortants : %4 · sorties : %5 · décès : %6</translation>
    </message>
    <message>
        <source>Inpatients by ward</source>
        <translation>Patients hospitalisés par service</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Lits</translation>
    </message>
    <message>
        <source>Inpatients</source>
        <translation>Hospitalisés</translation>
    </message>
    <message>
        <source>Free beds</source>
        <translation>Lits libres</translation>
    </message>
    <message>
        <source>NEWS2 high</source>
        <translation>NEWS2 élevé</translation>
    </message>
    <message>
        <source>NEWS2 medium</source>
        <translation>NEWS2 moyen</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Mouvements</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Transfers out to other hospitals</source>
        <translation>Transferts vers d&apos;autres établissements</translation>
    </message>
    <message>
        <source>Discharges</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>Décès</translation>
    </message>
    <message>
        <source>Transfers out by destination</source>
        <translation>Transferts sortants par destination</translation>
    </message>
    <message>
        <source>No transfer out in the period.</source>
        <translation>Aucun transfert sortant sur la période.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Theatres</source>
        <translation>Bloc opératoire</translation>
    </message>
    <message>
        <source>No theatre data: no theatre list has been imported on this laptop.</source>
        <translation>Aucune donnée de bloc : aucun programme opératoire n&apos;a été importé sur ce poste.</translation>
    </message>
    <message>
        <source>Theatre capacity</source>
        <translation>Capacité du bloc</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermées</translation>
    </message>
    <message>
        <source>Theatres today</source>
        <translation>Salles aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Sessions from today on</source>
        <translation>Vacations à partir d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Operations postponed (not in the new plan), by priority</source>
        <translation>Interventions reportées (absentes du nouveau programme), par priorité</translation>
    </message>
    <message>
        <source>Operations booked in closed sessions, by priority</source>
        <translation>Interventions programmées sur des vacations fermées, par priorité</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Report checked by</source>
        <translation>Point vérifié par</translation>
    </message>
    <message>
        <source>Sent to the crisis unit at</source>
        <translation>Transmis à la cellule de crise à</translation>
    </message>
    <message>
        <source>Transfers pending</source>
        <translation>Transferts en attente</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>NEWS2 high: 7 or more; medium: 5 or 6. A ward&apos;s data is as recent as the newest record received from the laptops that record its movements; call a ward marked STALE.</source>
        <translation>NEWS2 élevé : 7 ou plus ; moyen : 5 ou 6. Les données d&apos;un service datent de la saisie la plus récente reçue des postes qui enregistrent ses mouvements ; appelez un service marqué PÉRIMÉ.</translation>
    </message>
    <message>
        <source>Moves between wards</source>
        <translation>Mutations entre services</translation>
    </message>
    <message>
        <source>Newest record held from each laptop</source>
        <translation>Saisie la plus récente reçue de chaque poste</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Saisies</translation>
    </message>
    <message>
        <source>Newest record</source>
        <translation>Saisie la plus récente</translation>
    </message>
</context>
<context>
    <name>StateRebuilder</name>
    <message>
        <source>The identity of %1 was changed on two laptops independently (%2 and %3); the later change was kept. Check it against an identity document.</source>
        <translation>L&apos;identité de %1 a été modifiée indépendamment sur deux postes (%2 et %3) ; la modification la plus récente a été conservée. Vérifiez-la sur une pièce d&apos;identité.</translation>
    </message>
    <message>
        <source>An admission of %1 after their recorded death was ignored.</source>
        <translation>Une admission de %1 postérieure à son décès enregistré a été ignorée.</translation>
    </message>
    <message>
        <source>%1 was admitted twice (%2 %3, then %4 %5, recorded on %6); the later admission was kept.</source>
        <translation>%1 a été admis(e) deux fois (%2 %3, puis %4 %5, saisi sur le poste %6) ; l&apos;admission la plus récente a été conservée.</translation>
    </message>
    <message>
        <source>A %1 of %2 recorded on %3 was ignored: the patient was not admitted at that time.</source>
        <translation>Un mouvement « %1 » de %2 saisi sur le poste %3 a été ignoré : le patient n&apos;était pas hospitalisé à ce moment-là.</translation>
    </message>
    <message>
        <source>Bed %1 %2 was given to both %3 and %4; %4 is kept admitted without a bed until someone places them.</source>
        <translation>Le lit %1 %2 a été attribué à la fois à %3 et à %4 ; %4 reste admis(e) sans lit jusqu&apos;à ce que quelqu&apos;un l&apos;installe.</translation>
    </message>
    <message>
        <source>The IPP %1 was given to both %2 and %3: check which one it belongs to (same person?).</source>
        <translation>L&apos;IPP %1 a été attribué à la fois à %2 et à %3 : vérifiez à qui il appartient (même personne ?).</translation>
    </message>
    <message>
        <source>The downtime number %1 was given to two patients (%2 and %3): two laptops share a code.</source>
        <translation>Le numéro provisoire %1 a été attribué à deux patients (%2 et %3) : deux postes partagent le même code.</translation>
    </message>
    <message>
        <source>%1 (%2, registered on %3) and %4 (%5, registered on %6) may be the same person.</source>
        <translation>%1 (%2, enregistré(e) sur le poste %3) et %4 (%5, enregistré(e) sur le poste %6) sont peut-être la même personne.</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The disk is full: nothing was saved. Free some space, then save again.</source>
        <translation>Le disque est plein : rien n&apos;a été enregistré. Libérez de la place, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Erreur de base de données : %1</translation>
    </message>
    <message>
        <source>The disk did not confirm the write (%1): this change may not be saved. Check the disk, then look at the record before saving it again.</source>
        <translation>Le disque n&apos;a pas confirmé l&apos;écriture (%1) : cette modification n&apos;est peut-être pas enregistrée. Vérifiez le disque, puis consultez le dossier avant d&apos;enregistrer à nouveau.</translation>
    </message>
    <message>
        <source>The disk could not be read (%1). Check the disk, then try again.</source>
        <translation>Le disque n&apos;a pas pu être lu (%1). Vérifiez le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>The disk could not be written (%1): nothing was saved. Check the disk, then save again.</source>
        <translation>Le disque n&apos;a pas pu être écrit (%1) : rien n&apos;a été enregistré. Vérifiez le disque, puis enregistrez à nouveau.</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>at most %1 characters, not %2</source>
        <translation>%1 caractères au plus, et non %2</translation>
    </message>
    <message>
        <source>text on one line (a line break was found at character %1)</source>
        <translation>un texte sur une seule ligne (saut de ligne trouvé au caractère %1)</translation>
    </message>
    <message>
        <source>text without control or direction-changing characters (%1 found at character %2)</source>
        <translation>un texte sans caractère de contrôle ni de changement de sens d&apos;écriture (%1 trouvé au caractère %2)</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation>%1 : texte trop long (%2 caractères, %3 au maximum).</translation>
    </message>
    <message>
        <source>%1 must be on one line (a line break was found at character %2).</source>
        <translation>%1 : le texte doit tenir sur une seule ligne (saut de ligne trouvé au caractère %2).</translation>
    </message>
    <message>
        <source>%1 contains the invisible character %2 at character %3, which is not allowed.</source>
        <translation>%1 : le caractère invisible %2 (caractère %3) n&apos;est pas admis.</translation>
    </message>
</context>
<context>
    <name>TheatreDocuments</name>
    <message>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Theatres</source>
        <translation>Bloc opératoire</translation>
    </message>
    <message>
        <source>any specialty</source>
        <translation>toutes spécialités</translation>
    </message>
    <message>
        <source> — CLOSED: %1</source>
        <translation> — FERMÉE : %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Interv.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Acte</translation>
    </message>
    <message>
        <source>Surgeon</source>
        <translation>Chirurgien</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source> locked</source>
        <translation> verrouillée</translation>
    </message>
    <message>
        <source>No case booked.</source>
        <translation>Aucune intervention programmée.</translation>
    </message>
    <message>
        <source>No session on this day.</source>
        <translation>Aucune vacation ce jour.</translation>
    </message>
    <message>
        <source>No operation moved or was postponed: there is no letter to send.</source>
        <translation>Aucune intervention déplacée ni reportée : aucun courrier à envoyer.</translation>
    </message>
    <message>
        <source>Reference: case %1</source>
        <translation>Référence : intervention %1</translation>
    </message>
    <message>
        <source>Patients to call</source>
        <translation>Patients à appeler</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Initialement</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Désormais</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>postponed: to be called</source>
        <translation>reportée : à rappeler</translation>
    </message>
    <message>
        <source>Nobody to call: no operation moved or was postponed.</source>
        <translation>Personne à appeler : aucune intervention déplacée ni reportée.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>theatre, day</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Session: %1, %2–%3, %4%5</source>
        <translation>Vacation : %1, %2–%3, %4%5</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, à partir de %2</translation>
    </message>
</context>
<context>
    <name>TheatreExportCommand</name>
    <message>
        <source>Export the current theatre plan as the rescheduling contract&apos;s plan.csv.</source>
        <translation>Exporter le programme opératoire actuel au format plan.csv du contrat de reprogrammation.</translation>
    </message>
    <message>
        <source>plan.csv to write.</source>
        <translation>plan.csv à écrire.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
</context>
<context>
    <name>TheatreImportCommand</name>
    <message>
        <source>Import the theatre schedule (the rescheduling contract&apos;s sessions and cases CSV); all or nothing.</source>
        <translation>Importer le programme opératoire (CSV des vacations et des interventions du contrat de reprogrammation) ; tout ou rien.</translation>
    </message>
    <message>
        <source>sessions.csv of the contract.</source>
        <translation>sessions.csv du contrat.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>cases.csv of the contract.</source>
        <translation>cases.csv du contrat.</translation>
    </message>
    <message>
        <source>Minutes between two cases (default 15).</source>
        <translation>Minutes entre deux interventions (15 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Both --sessions and --cases are required.</source>
        <translation>--sessions et --cases sont tous deux obligatoires.</translation>
    </message>
    <message>
        <source>Imported %1 session(s) (%2 closed) and %3 case(s): %4 booked, %5 needing a slot, %6 linked to registered patients.</source>
        <translation>%1 vacation(s) importée(s) (%2 fermée(s)) et %3 intervention(s) : %4 programmée(s), %5 sans créneau, %6 liée(s) à des patients enregistrés.</translation>
    </message>
</context>
<context>
    <name>TheatrePrintCommand</name>
    <message>
        <source>Print the theatre day list, the letters to patients or the call list (daylist|letters|calllist).</source>
        <translation>Imprimer le programme du jour du bloc, les courriers aux patients ou la liste d&apos;appels (daylist|letters|calllist).</translation>
    </message>
    <message>
        <source>daylist, letters or calllist.</source>
        <translation>daylist, letters ou calllist.</translation>
    </message>
    <message>
        <source>Day of the day list (default: today).</source>
        <translation>Jour du programme du jour (par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Say which printout: daylist, letters or calllist.</source>
        <translation>Indiquez quelle impression : daylist, letters ou calllist.</translation>
    </message>
    <message>
        <source>Unknown printout &quot;%1&quot;: daylist, letters or calllist.</source>
        <translation>Impression « %1 » inconnue : daylist, letters ou calllist.</translation>
    </message>
    <message>
        <source>--date is for the day list only.</source>
        <translation>--date ne sert qu&apos;au programme du jour.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1</source>
        <translation>
            <numerusform>%n page écrite dans %1</numerusform>
            <numerusform>%n pages écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer %1 could not be started.</source>
        <translation>L&apos;imprimante %1 n&apos;a pas pu démarrer.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to %1</source>
        <translation>
            <numerusform>%n page envoyée à %1</numerusform>
            <numerusform>%n pages envoyées à %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TheatrePrintouts</name>
    <message>
        <source>No theatre session on %1.</source>
        <translation>Aucune vacation de bloc le %1.</translation>
    </message>
</context>
<context>
    <name>TheatreService</name>
    <message>
        <source>A reason is required for %1.</source>
        <translation>Un motif est obligatoire pour %1.</translation>
    </message>
    <message>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>Le motif est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>A session needs an id and a theatre.</source>
        <translation>Une vacation doit avoir un identifiant et une salle.</translation>
    </message>
    <message>
        <source>Session %1: the end must come after the start, on the same day.</source>
        <translation>Vacation %1 : la fin doit être postérieure au début, le même jour.</translation>
    </message>
    <message>
        <source>There is already a session %1.</source>
        <translation>La vacation %1 existe déjà.</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>La vacation %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 already has session %2 from %3 to %4 that day.</source>
        <translation>La salle %1 a déjà la vacation %2 de %3 à %4 ce jour-là.</translation>
    </message>
    <message>
        <source>A case needs an id, a patient, a surgeon and a specialty.</source>
        <translation>Une intervention doit avoir un identifiant, un patient, un chirurgien et une spécialité.</translation>
    </message>
    <message>
        <source>Case %1: the duration must be positive, the priority P1 to P4 and the listed date set.</source>
        <translation>Intervention %1 : la durée doit être positive, la priorité comprise entre P1 et P4 et la date d&apos;inscription renseignée.</translation>
    </message>
    <message>
        <source>There is already a case %1.</source>
        <translation>L&apos;intervention %1 existe déjà.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>L&apos;intervention %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 has no open session from %2 to %3.</source>
        <translation>La salle %1 n&apos;a aucune vacation ouverte du %2 au %3.</translation>
    </message>
    <message>
        <source>closing a session</source>
        <translation>la fermeture d&apos;une vacation</translation>
    </message>
    <message>
        <source>Session closed: %1</source>
        <translation>Vacation fermée : %1</translation>
    </message>
    <message>
        <source>The priority must be P1 to P4.</source>
        <translation>La priorité doit être comprise entre P1 et P4.</translation>
    </message>
    <message>
        <source>a change of priority</source>
        <translation>un changement de priorité</translation>
    </message>
    <message>
        <source>Case %1 has no slot in an open session: give it one before locking it.</source>
        <translation>L&apos;intervention %1 n&apos;a pas de créneau dans une vacation ouverte : attribuez-lui-en un avant de la verrouiller.</translation>
    </message>
    <message>
        <source>Case %1 cannot be locked there: %2</source>
        <translation>L&apos;intervention %1 ne peut pas être verrouillée à cet endroit : %2</translation>
    </message>
    <message>
        <source>a postponement</source>
        <translation>un report</translation>
    </message>
    <message>
        <source>The plan changed since this proposal was made: reschedule again.</source>
        <translation>Le programme a changé depuis l&apos;établissement de cette proposition : relancez la reprogrammation.</translation>
    </message>
    <message>
        <source>These changes cannot be accepted alone: %1</source>
        <translation>Ces modifications ne peuvent pas être acceptées seules : %1</translation>
    </message>
    <message>
        <source>%1 of %2 proposed changes accepted; cost %3 -&gt; %4</source>
        <translation>%1 modifications proposées sur %2 acceptées ; coût %3 -&gt; %4</translation>
    </message>
</context>
<context>
    <name>TheatreSummary</name>
    <message>
        <source>the theatre schedule of this laptop</source>
        <translation>le programme opératoire de ce poste</translation>
    </message>
</context>
<context>
    <name>TheatreUndo</name>
    <message>
        <source>The plan has changed since (another window or laptop?): reload and edit it by hand.</source>
        <translation>Le programme a changé entre-temps (une autre fenêtre ou un autre poste ?) : rechargez-le et modifiez-le à la main.</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>Vacation %1 introuvable.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Intervention %1 introuvable.</translation>
    </message>
    <message>
        <source>This cannot be done again: %1</source>
        <translation>Impossible de le refaire : %1</translation>
    </message>
    <message>
        <source>Case %1 already has a history (postponement or change of priority): it stays; postpone it instead.</source>
        <translation>L&apos;intervention %1 a déjà un historique (report ou changement de priorité) : elle est conservée ; reportez-la plutôt.</translation>
    </message>
    <message>
        <source>Session %1 has cases: move them first.</source>
        <translation>La vacation %1 contient des interventions : déplacez-les d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>TheatreWording</name>
    <message>
        <source>evening</source>
        <translation>soir</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>après-midi</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>matin</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>journée</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>theatre, day, half-day</comment>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <comment>session, start, end</comment>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>né(e) le %1</translation>
    </message>
    <message>
        <source>IPP %1</source>
        <translation>IPP %1</translation>
    </message>
    <message>
        <source>downtime no. %1</source>
        <translation>n° provisoire %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>patient name, identifiers</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>TransferLetter</name>
    <message>
        <source>Transfer letter</source>
        <translation>Fiche de liaison</translation>
    </message>
    <message>
        <source>fiche de liaison</source>
        <translation>transfert du patient</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Reason for transfer</source>
        <translation>Motif du transfert</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>SAMU regulation number</source>
        <translation>Numéro de régulation SAMU</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Receiving contact</source>
        <translation>Contact dans le service d&apos;accueil</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>ALLERGIES</source>
        <translation>ALLERGIES</translation>
    </message>
    <message>
        <source>On the transfer form: %1</source>
        <translation>Sur le formulaire de transfert : %1</translation>
    </message>
    <message>
        <source>Medical summary</source>
        <translation>Synthèse médicale</translation>
    </message>
    <message>
        <source>Not recorded in WhitePlan: to be written by the doctor.</source>
        <translation>Non saisie dans WhitePlan : à rédiger par le médecin.</translation>
    </message>
    <message>
        <source>Code status</source>
        <translation>Statut réanimatoire</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Isolement</translation>
    </message>
    <message>
        <source>Weight / height</source>
        <translation>Poids / taille</translation>
    </message>
    <message>
        <source>%1 kg / %2 cm</source>
        <translation>%1 kg / %2 cm</translation>
    </message>
    <message>
        <source>Current treatments</source>
        <translation>Traitements en cours</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>si besoin</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>No treatment recorded.</source>
        <translation>Aucun traitement enregistré.</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Resistant organisms</source>
        <translation>Bactéries multirésistantes (BMR/BHRe)</translation>
    </message>
    <message>
        <source>Devices and implants</source>
        <translation>Dispositifs et implants</translation>
    </message>
    <message>
        <source>Blood products given</source>
        <translation>Produits sanguins transfusés</translation>
    </message>
    <message>
        <source>Latest observations</source>
        <translation>Dernières constantes</translation>
    </message>
    <message>
        <source>No observations recorded.</source>
        <translation>Aucune constante enregistrée.</translation>
    </message>
    <message>
        <source> (s2)</source>
        <translation> (éch. 2)</translation>
    </message>
    <message>
        <source>O₂</source>
        <translation>O₂</translation>
    </message>
    <message>
        <source>air</source>
        <translation>air</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Relevé le</translation>
    </message>
    <message>
        <source>RR /min</source>
        <translation>FR /min</translation>
    </message>
    <message>
        <source>SpO₂ %</source>
        <translation>SpO₂ %</translation>
    </message>
    <message>
        <source>Air/O₂</source>
        <translation>Air/O₂</translation>
    </message>
    <message>
        <source>BP mmHg</source>
        <translation>PA mmHg</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Pouls</translation>
    </message>
    <message>
        <source>ACVPU</source>
        <translation>ACVPU</translation>
    </message>
    <message>
        <source>Temp °C</source>
        <translation>Temp. °C</translation>
    </message>
    <message>
        <source>NEWS2</source>
        <translation>NEWS2</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Doctor (name, signature)</source>
        <translation>Médecin (nom, signature)</translation>
    </message>
    <message>
        <source>Nurse (name, signature)</source>
        <translation>Infirmier(ère) (nom, signature)</translation>
    </message>
    <message>
        <source> (hospital record, confirmed)</source>
        <translation> (dossier de l’hôpital, confirmé)</translation>
    </message>
    <message>
        <source> (hospital record, TO CONFIRM)</source>
        <translation> (dossier de l’hôpital, À CONFIRMER)</translation>
    </message>
    <message>
        <source>Latest results</source>
        <translation>Derniers résultats</translation>
    </message>
    <message>
        <source>No result recorded in WhitePlan.</source>
        <translation>Aucun résultat enregistré dans WhitePlan.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Resulted at</source>
        <translation>Résultat le</translation>
    </message>
    <message>
        <source>Pending orders</source>
        <translation>Demandes en attente</translation>
    </message>
    <message>
        <source>No order waiting for a result.</source>
        <translation>Aucune demande en attente de résultat.</translation>
    </message>
    <message>
        <source>, OVERDUE</source>
        <translation>, EN RETARD</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>En attente de</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Ordered at</source>
        <translation>Prescrit le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>TransferRegister</name>
    <message>
        <source>transfer form</source>
        <translation>fiche de transfert</translation>
    </message>
    <message>
        <source>transfer letter printed %1</source>
        <translation>lettre de liaison imprimée le %1</translation>
    </message>
</context>
<context>
    <name>TubeLabelSheet</name>
    <message>
        <source>Order %1 is an imaging exam: it has no tube to label; print its request.</source>
        <translation>La demande %1 est un examen d’imagerie : aucun tube à étiqueter ; imprimez son bon de demande.</translation>
    </message>
    <message>
        <source>Tube labels</source>
        <translation>Étiquettes de tubes</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>demande %1</translation>
    </message>
    <message>
        <source>Order %1 · %2 · ordered %3 by %4</source>
        <translation>Demande %1 · %2 · prescrite le %3 par %4</translation>
    </message>
    <message>
        <source>Stick each label on its tube at the bedside, after checking the identity with the patient and the wristband. One label per tube.</source>
        <translation>Coller chaque étiquette sur son tube au lit du patient, après avoir vérifié l’identité avec le patient et le bracelet. Une étiquette par tube.</translation>
    </message>
    <message>
        <source>Born %1 · %2</source>
        <translation>Né(e) le %1 · %2</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>N° %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Demande %1</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Le mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The first user must be an administrator.</source>
        <translation>Le premier utilisateur doit être un administrateur.</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>Un nom d&apos;utilisateur comporte 2 à 32 lettres, chiffres, points, tirets ou tirets bas.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s full name.</source>
        <translation>Saisissez le nom complet de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>There is already a user called %1.</source>
        <translation>Il existe déjà un utilisateur nommé %1.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>Mémoire insuffisante pour protéger le mot de passe.</translation>
    </message>
    <message>
        <source>No user called %1.</source>
        <translation>Aucun utilisateur nommé %1.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for %1. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Trop de mots de passe erronés pour %1. Patientez %n seconde avant de réessayer.</numerusform>
            <numerusform>Trop de mots de passe erronés pour %1. Patientez %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask an administrator.</source>
        <translation>Le compte %1 est désactivé. Adressez-vous à un administrateur.</translation>
    </message>
    <message numerus="yes">
        <source>After %n wrong attempts, the next try is possible in %1 seconds.</source>
        <translation>
            <numerusform>Après %n tentative erronée, le prochain essai sera possible dans %1 secondes.</numerusform>
            <numerusform>Après %n tentatives erronées, le prochain essai sera possible dans %1 secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersAddCommand</name>
    <message>
        <source>Add a user (administrators only); the new password is read from WHITEPLAN_NEW_PASSWORD or asked.</source>
        <translation>Ajouter un utilisateur (administrateurs uniquement) ; le nouveau mot de passe est lu dans WHITEPLAN_NEW_PASSWORD ou demandé.</translation>
    </message>
    <message>
        <source>User name of the new user.</source>
        <translation>Nom d&apos;utilisateur du nouvel utilisateur.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>IDENTIFIANT</translation>
    </message>
    <message>
        <source>Full name of the new user.</source>
        <translation>Nom complet du nouvel utilisateur.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>Password for the new user: </source>
        <translation>Mot de passe du nouvel utilisateur : </translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Utilisateur %1 ajouté (%2).</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Au choix : %1.</translation>
    </message>
    <message>
        <source>--role must be one of %1, not %2.</source>
        <translation>--role doit valoir %1, et non %2.</translation>
    </message>
</context>
<context>
    <name>UsersListCommand</name>
    <message>
        <source>List the users of this laptop.</source>
        <translation>Lister les utilisateurs de ce poste.</translation>
    </message>
    <message>
        <source>	(disabled)</source>
        <translation>	(désactivé)</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Database integrity: DAMAGED</source>
        <translation>Intégrité de la base de données : ENDOMMAGÉE</translation>
    </message>
    <message>
        <source>Database integrity: ok</source>
        <translation>Intégrité de la base de données : OK</translation>
    </message>
    <message>
        <source>Audit trail: BROKEN at entry %1: %2.</source>
        <translation>Journal d&apos;audit : ROMPU à l&apos;entrée %1 : %2.</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail: ok (%n entries)</source>
        <translation>
            <numerusform>Journal d&apos;audit : OK (%n entrée)</numerusform>
            <numerusform>Journal d&apos;audit : OK (%n entrées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity, the audit trail&apos;s chain and every record against it.</source>
        <translation>Vérifier l&apos;intégrité de la base de données, le chaînage du journal d&apos;audit et chaque enregistrement par rapport à celui-ci.</translation>
    </message>
    <message numerus="yes">
        <source>Records: ALTERED (%n problems):</source>
        <translation>
            <numerusform>Enregistrements : MODIFIÉS (%n problème) :</numerusform>
            <numerusform>Enregistrements : MODIFIÉS (%n problèmes) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records: ok (%n versions match the audit trail)</source>
        <translation>
            <numerusform>Enregistrements : OK (%n version conforme au journal d&apos;audit)</numerusform>
            <numerusform>Enregistrements : OK (%n versions conformes au journal d&apos;audit)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was made by another laptop (%2): its audit trail is not this laptop&apos;s.</source>
        <translation>%1 a été fait par un autre poste (%2) : son journal d&apos;audit n&apos;est pas celui de ce poste.</translation>
    </message>
    <message>
        <source>Audit trail against %1: ok (its %2 entries are all here, unchanged; %3 written since)</source>
        <translation>Journal d&apos;audit par rapport à %1 : OK (ses %2 entrées sont toutes là, inchangées ; %3 écrites depuis)</translation>
    </message>
    <message>
        <source>Audit trail against %1: ENTRIES REMOVED: the file recorded %2 entries, the trail now ends at entry %3 (at least %4 removed)</source>
        <translation>Journal d&apos;audit par rapport à %1 : ENTRÉES SUPPRIMÉES : le fichier a enregistré %2 entrées, le journal s&apos;arrête maintenant à l&apos;entrée %3 (au moins %4 supprimées)</translation>
    </message>
    <message>
        <source>Audit trail against %1: REWRITTEN: entry %2 or one before it is not what the file recorded</source>
        <translation>Journal d&apos;audit par rapport à %1 : RÉÉCRIT : l&apos;entrée %2 ou une entrée antérieure n&apos;est pas celle que le fichier a enregistrée</translation>
    </message>
    <message>
        <source>Also check that the audit trail still holds every entry that FILE (a backup or bundle of this laptop) recorded.</source>
        <translation>Vérifier aussi que le journal d&apos;audit contient encore chaque entrée enregistrée par FICHIER (une sauvegarde ou un fichier d&apos;échange de ce poste).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
</context>
<context>
    <name>WardBoardService</name>
    <message>
        <source>The admissions limit cannot be negative.</source>
        <translation>La limite d&apos;admissions ne peut pas être négative.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>Another WhitePlan (process %1 on %2) is already using the data directory %3. Close it first; only one WhitePlan may write to a data directory at a time.</source>
        <translation>Une autre instance de WhitePlan (processus %1 sur %2) utilise déjà le dossier de données %3. Fermez-la d&apos;abord ; une seule instance de WhitePlan à la fois peut écrire dans un dossier de données.</translation>
    </message>
    <message>
        <source>Cannot lock the data directory %1 (is it writable?).</source>
        <translation>Impossible de verrouiller le dossier de données %1 (est-il accessible en écriture ?).</translation>
    </message>
    <message>
        <source>Log in first: %1 needs a user.</source>
        <translation>Connectez-vous d&apos;abord : %1 nécessite un utilisateur connecté.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow %2.</source>
        <translation>Votre rôle (%1) ne permet pas %2.</translation>
    </message>
    <message>
        <source>%1 is a file, not a data directory.</source>
        <translation>%1 est un fichier, pas un dossier de données.</translation>
    </message>
    <message>
        <source>The data directory %1 does not exist.</source>
        <translation>Le dossier de données %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The data directory %1 holds no WhitePlan data.</source>
        <translation>Le dossier de données %1 ne contient aucune donnée WhitePlan.</translation>
    </message>
    <message>
        <source>The data in %1 was written by a newer WhitePlan (schema %2, this one knows %3).</source>
        <translation>Les données de %1 ont été écrites par une version plus récente de WhitePlan (schéma %2 ; cette version connaît le schéma %3).</translation>
    </message>
    <message>
        <source>The data in %1 is from an older WhitePlan and must be upgraded first: run a command that changes data (or open the app) once.</source>
        <translation>Les données de %1 proviennent d&apos;une version plus ancienne de WhitePlan et doivent d&apos;abord être mises à jour : lancez une fois une commande qui modifie des données (ou ouvrez l&apos;application).</translation>
    </message>
</context>
<context>
    <name>WorkspaceOutputCommand</name>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>--out %1 is required.</source>
        <translation>--out %1 est obligatoire.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>WhitePlan: hospital downtime, offline.</source>
        <translation>WhitePlan : mode dégradé hospitalier, hors ligne.</translation>
    </message>
    <message>
        <source>Use the data directory DIR.</source>
        <translation>Utiliser le dossier de données DOSSIER.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Create the demo hospital in a new data directory.</source>
        <translation>Créer l&apos;hôpital de démonstration dans un nouveau dossier de données.</translation>
    </message>
</context>
<context>
    <name>wp::gui::AcknowledgeDialog</name>
    <message>
        <source>Acknowledge the alert</source>
        <translation>Acquitter l’alerte</translation>
    </message>
    <message>
        <source>Raised at %1.</source>
        <translation>Déclenchée à %1.</translation>
    </message>
    <message>
        <source>e.g. potassium stopped, ECG done, repeat at 14:00</source>
        <translation>ex. : potassium arrêté, ECG fait, contrôle à 14:00</translation>
    </message>
    <message>
        <source>e.g. Dr Martin informed, oxygen started</source>
        <translation>ex. : Dr Martin prévenu, oxygène débuté</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Conduite tenue :</translation>
    </message>
    <message>
        <source>within </source>
        <translation>sous </translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Réponse :</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acquitter</translation>
    </message>
    <message>
        <source>A critical result is acknowledged by a doctor: call the doctor on duty, who acknowledges it on this laptop or theirs.</source>
        <translation>Un résultat critique est acquitté par un médecin : appelez le médecin de garde, qui l’acquitte sur ce poste ou le sien.</translation>
    </message>
</context>
<context>
    <name>wp::gui::AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nom com&amp;plet</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter l&apos;utilisateur</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>Co&amp;nfirm</source>
        <translation>Con&amp;firmer</translation>
    </message>
</context>
<context>
    <name>wp::gui::AdministrationPage</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>Verrouiller l&apos;écran après</translation>
    </message>
    <message>
        <source>without keyboard or mouse input.</source>
        <translation>sans activité du clavier ni de la souris.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Users of this laptop and their roles. Every change is recorded in the audit trail.</source>
        <translation>Utilisateurs de ce poste et leurs rôles. Chaque modification est enregistrée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The users could not be read: %1</source>
        <translation>Impossible de lire les utilisateurs : %1</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Ac&amp;tiver</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>Utilisateur %1 ajouté.</translation>
    </message>
    <message>
        <source>You cannot disable your own account while you are using it.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte pendant que vous l&apos;utilisez.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation>%1 ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Le mot de passe de %1 a été réinitialisé.</translation>
    </message>
    <message>
        <source>The screen now locks after %1 minutes without input.</source>
        <translation>L&apos;écran se verrouille désormais après %1 minutes d&apos;inactivité.</translation>
    </message>
    <message>
        <source>%1 · hospital id %2 · laptop %3</source>
        <translation>%1 · identifiant d&apos;hôpital %2 · poste %3</translation>
    </message>
</context>
<context>
    <name>wp::gui::AlertBanner</name>
    <message>
        <source>Ac&amp;knowledge…</source>
        <translation>Ac&amp;quitter…</translation>
    </message>
    <message>
        <source>⚠ Unanswered: %1</source>
        <translation>⚠ Sans réponse : %1</translation>
    </message>
</context>
<context>
    <name>wp::gui::AlertsDialog</name>
    <message>
        <source>Unanswered alerts</source>
        <translation>Alertes sans réponse</translation>
    </message>
    <message>
        <source>Unanswered alerts — %1</source>
        <translation>Alertes sans réponse — %1</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Lit</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Acquitter…</translation>
    </message>
    <message>
        <source>No alert is waiting for an answer.</source>
        <translation>Aucune alerte n’attend de réponse.</translation>
    </message>
    <message>
        <source>Select an alert first.</source>
        <translation>Sélectionnez d’abord une alerte.</translation>
    </message>
    <message>
        <source>Alert acknowledged: %1.</source>
        <translation>Alerte acquittée : %1.</translation>
    </message>
</context>
<context>
    <name>wp::gui::AppController</name>
    <message>
        <source>WhitePlan is already open</source>
        <translation>WhitePlan est déjà ouvert</translation>
    </message>
    <message>
        <source>Newer data</source>
        <translation>Données plus récentes</translation>
    </message>
    <message>
        <source>Install the newer WhitePlan that wrote this data. The file was left untouched.</source>
        <translation>Installez la version plus récente de WhitePlan qui a écrit ces données. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot open the data</source>
        <translation>Impossible d&apos;ouvrir les données</translation>
    </message>
    <message>
        <source>Damaged data</source>
        <translation>Données endommagées</translation>
    </message>
    <message>
        <source>%1

There is no automatic backup in %2 to restore. The damaged file was left untouched; restore a backup from a USB stick with whiteplan-cli restore FILE.</source>
        <translation>%1

Aucune sauvegarde automatique à restaurer dans %2. Le fichier endommagé n&apos;a pas été modifié ; restaurez une sauvegarde depuis une clé USB avec whiteplan-cli restore FICHIER.</translation>
    </message>
    <message>
        <source>%1

Restore the latest automatic backup, from %2? The damaged file is kept aside, not overwritten; what was entered after that backup is not in it.</source>
        <translation>%1

Restaurer la dernière sauvegarde automatique, du %2 ? Le fichier endommagé est conservé à part, sans être écrasé ; ce qui a été saisi après cette sauvegarde n&apos;y figure pas.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <source>The data was restored from the backup of %1. The damaged file was kept as %2.</source>
        <translation>Les données ont été restaurées à partir de la sauvegarde du %1. Le fichier endommagé a été conservé sous %2.</translation>
    </message>
    <message>
        <source>Demo hospital</source>
        <translation>Hôpital de démonstration</translation>
    </message>
    <message>
        <source>This build of WhitePlan has no demo hospital. Set up the hospital instead.</source>
        <translation>Cette version de WhitePlan ne contient pas d&apos;hôpital de démonstration. Configurez plutôt l&apos;hôpital.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>The hospital is set up, but its first backup failed: %1</source>
        <translation>L&apos;hôpital est configuré, mais sa première sauvegarde a échoué : %1</translation>
    </message>
    <message>
        <source>The check of the data found damage: %1. Keep working on paper, then quit and restart WhitePlan: it will offer to restore the latest backup.</source>
        <translation>La vérification des données a détecté un endommagement : %1. Continuez sur papier, puis quittez et relancez WhitePlan : il proposera de restaurer la dernière sauvegarde.</translation>
    </message>
</context>
<context>
    <name>wp::gui::AutoBackup</name>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Échec de la sauvegarde automatique : %1</translation>
    </message>
</context>
<context>
    <name>wp::gui::BoardColumns</name>
    <message>
        <source>&amp;Reset columns</source>
        <translation>&amp;Rétablir les colonnes</translation>
    </message>
</context>
<context>
    <name>wp::gui::CaseDetailsPanel</name>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Priority…</source>
        <translation>Priorité…</translation>
    </message>
    <message>
        <source>Postpone…</source>
        <translation>Reporter…</translation>
    </message>
    <message>
        <source>Select a case on the board or in the list. Arrow keys move between cases; Enter changes the priority.</source>
        <translation>Sélectionnez une intervention sur le tableau ou dans la liste. Les flèches permettent de passer d&apos;une intervention à l&apos;autre ; Entrée modifie la priorité.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>%1 — P%2 — %3
%4 (%5), %6 min, surgeon %7
Listed %8, deadline %9</source>
        <translation>%1 — P%2 — %3
%4 (%5), %6 min, chirurgien %7
Inscrite le %8, date limite %9</translation>
    </message>
    <message>
        <source>Needs a slot</source>
        <translation>Créneau à attribuer</translation>
    </message>
    <message>
        <source>Warning: after its deadline.</source>
        <translation>Attention : après sa date limite.</translation>
    </message>
    <message>
        <source>Locked: rescheduling keeps it in this session.</source>
        <translation>Verrouillée : la reprogrammation la maintient dans cette vacation.</translation>
    </message>
    <message>
        <source>Last postponed: %1</source>
        <translation>Dernier report : %1</translation>
    </message>
    <message>
        <source>Booked: %1 at %2</source>
        <translation>Programmée : %1, à %2</translation>
    </message>
</context>
<context>
    <name>wp::gui::CaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nouvelle intervention</translation>
    </message>
    <message>
        <source>Edit case %1</source>
        <translation>Modifier l&apos;intervention %1</translation>
    </message>
    <message>
        <source>Case &amp;id:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>IPP: links the case to a registered patient</source>
        <translation>IPP : relie l&apos;intervention à un patient enregistré</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Surgeon:</source>
        <translation>&amp;Chirurgien :</translation>
    </message>
    <message>
        <source>Spe&amp;cialty:</source>
        <translation>&amp;Spécialité :</translation>
    </message>
    <message>
        <source>P&amp;rocedure:</source>
        <translation>&amp;Acte :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>P1 (within 3 days)</source>
        <translation>P1 (sous 3 jours)</translation>
    </message>
    <message>
        <source>P2 (within 30 days)</source>
        <translation>P2 (sous 30 jours)</translation>
    </message>
    <message>
        <source>P3 (within 90 days)</source>
        <translation>P3 (sous 90 jours)</translation>
    </message>
    <message>
        <source>P4 (may wait longer)</source>
        <translation>P4 (peut attendre plus longtemps)</translation>
    </message>
    <message>
        <source>Pri&amp;ority:</source>
        <translation>Pri&amp;orité :</translation>
    </message>
    <message>
        <source>&amp;Listed on:</source>
        <translation>Inscrite &amp;le :</translation>
    </message>
    <message>
        <source>Not &amp;before:</source>
        <translation>Pas a&amp;vant le :</translation>
    </message>
    <message>
        <source>Dead&amp;line (else by priority):</source>
        <translation>Date li&amp;mite (sinon selon la priorité) :</translation>
    </message>
</context>
<context>
    <name>wp::gui::CloseTheatreDialog</name>
    <message>
        <source>Close a theatre</source>
        <translation>Fermer une salle</translation>
    </message>
    <message>
        <source>&amp;Theatre:</source>
        <translation>&amp;Salle :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>e.g. plan blanc: staff sent to the emergency department</source>
        <translation>p. ex. plan blanc : personnel envoyé aux urgences</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Close the theatre</source>
        <translation>Fermer la salle</translation>
    </message>
    <message>
        <source>T&amp;o (included):</source>
        <translation>&amp;Au (inclus) :</translation>
    </message>
</context>
<context>
    <name>wp::gui::DateEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>dd/mm/yyyy hh:mm</source>
        <translation>jj/mm/aaaa hh:mm</translation>
    </message>
    <message>
        <source>Type the date, for example 06/10/1975 or 06101975. Alt+Down opens a calendar.</source>
        <translation>Tapez la date, par exemple 06/10/1975 ou 06101975. Alt+Bas ouvre un calendrier.</translation>
    </message>
    <message>
        <source>Type the date and time, for example 06/10/1975 14:30 or 061019751430. Alt+Down opens a calendar.</source>
        <translation>Tapez la date et l&apos;heure, par exemple 06/10/1975 14:30 ou 061019751430. Alt+Bas ouvre un calendrier.</translation>
    </message>
    <message>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation>Choisir dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: type the day, the month and the year, for example 06/10/1975 or 06101975.</source>
        <translation>« %1 » n&apos;est pas une date : tapez le jour, le mois et l&apos;année, par exemple 06/10/1975 ou 06101975.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time: type them like 06/10/1975 14:30 or 061019751430.</source>
        <translation>« %1 » n&apos;est pas une date et heure : tapez-les comme 06/10/1975 14:30 ou 061019751430.</translation>
    </message>
</context>
<context>
    <name>wp::gui::DoseDialog</name>
    <message>
        <source>Dose of %1</source>
        <translation>Administration de %1</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>as needed: %1</source>
        <translation>si besoin : %1</translation>
    </message>
    <message>
        <source>no dose due in the coming day</source>
        <translation>aucune prise prévue dans les 24 h</translation>
    </message>
    <message>
        <source>Drug:</source>
        <translation>Médicament :</translation>
    </message>
    <message>
        <source>Dose:</source>
        <translation>Dose :</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Voie :</translation>
    </message>
    <message>
        <source>Due at:</source>
        <translation>Prise prévue à :</translation>
    </message>
    <message>
        <source>Prescribed by:</source>
        <translation>Prescrit par :</translation>
    </message>
    <message>
        <source>High-risk drug: second nurse&apos;s independent check</source>
        <translation>Médicament à risque : double contrôle indépendant par une seconde infirmière</translation>
    </message>
    <message>
        <source>A second nurse checks the patient, the drug, the dose, the route and the time, then types their own login and password.</source>
        <translation>Une seconde infirmière vérifie le patient, le médicament, la dose, la voie et l&apos;heure, puis saisit son identifiant et son mot de passe.</translation>
    </message>
    <message>
        <source>Second nurse&apos;s login:</source>
        <translation>Identifiant de la seconde infirmière :</translation>
    </message>
    <message>
        <source>Their password:</source>
        <translation>Son mot de passe :</translation>
    </message>
    <message>
        <source>Record with the second check</source>
        <translation>Enregistrer avec le second contrôle</translation>
    </message>
</context>
<context>
    <name>wp::gui::DuplicateList</name>
    <message>
        <source>%1 — born %2 (%3 y) — %4 — %5
    %6</source>
        <translation>%1 — né(e) le %2 (%3 ans) — %4 — %5
    %6</translation>
    </message>
</context>
<context>
    <name>wp::gui::DuplicateWarningBox</name>
    <message>
        <source>Is this one of these patients?</source>
        <translation>S&apos;agit-il de l&apos;un de ces patients ?</translation>
    </message>
</context>
<context>
    <name>wp::gui::EntryHistoryView</name>
    <message>
        <source>History of this %1 entry</source>
        <translation>Historique de cette saisie « %1 »</translation>
    </message>
    <message>
        <source>Version %1 — recorded %2 by %3 on %4</source>
        <translation>Version %1 — saisie le %2 par %3 sur le poste %4</translation>
    </message>
    <message>
        <source>taken at %1</source>
        <translation>réalisé le %1</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actuelle</translation>
    </message>
    <message>
        <source>Entered in error: %1</source>
        <translation>Saisi par erreur : %1</translation>
    </message>
    <message>
        <source>Amended: %1</source>
        <translation>Corrigé : %1</translation>
    </message>
</context>
<context>
    <name>wp::gui::ExchangePage</name>
    <message>
        <source>Merge into this laptop</source>
        <translation>Fusionner dans ce poste</translation>
    </message>
    <message>
        <source>empty: everything</source>
        <translation>vide : tout</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What was decided (to confirm)</source>
        <translation>Décision prise (à confirmer)</translation>
    </message>
    <message>
        <source>Choose the USB folder…</source>
        <translation>Choisir le dossier USB…</translation>
    </message>
    <message>
        <source>Write a bundle</source>
        <translation>Écrire un fichier d&apos;échange</translation>
    </message>
    <message>
        <source>See what it would merge</source>
        <translation>Voir ce qui serait fusionné</translation>
    </message>
    <message>
        <source>USB folder</source>
        <translation>Dossier USB</translation>
    </message>
    <message>
        <source>Passphrase (same on both laptops)</source>
        <translation>Phrase secrète (identique sur les deux postes)</translation>
    </message>
    <message>
        <source>Send to another laptop</source>
        <translation>Envoyer vers un autre poste</translation>
    </message>
    <message>
        <source>Only what this laptop has not had yet (its code)</source>
        <translation>Seulement ce que ce poste n&apos;a pas encore reçu (son code)</translation>
    </message>
    <message>
        <source>Receive from another laptop</source>
        <translation>Recevoir d&apos;un autre poste</translation>
    </message>
    <message>
        <source>Conflicts and possible duplicates to confirm</source>
        <translation>Conflits et doublons possibles à confirmer</translation>
    </message>
    <message>
        <source>Confirm the decision</source>
        <translation>Confirmer la décision</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Même personne</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Pas la même personne</translation>
    </message>
    <message>
        <source>Choose the USB folder first.</source>
        <translation>Choisissez d&apos;abord le dossier USB.</translation>
    </message>
    <message>
        <source>Bundle %1 written: %2 record versions. Take the USB stick to the other laptop.</source>
        <translation>Fichier d&apos;échange %1 écrit : %2 versions d&apos;enregistrements. Apportez la clé USB sur l&apos;autre poste.</translation>
    </message>
    <message>
        <source>Choose a bundle in the list.</source>
        <translation>Choisissez un fichier d&apos;échange dans la liste.</translation>
    </message>
    <message>
        <source>From laptop %1: %2 new record versions (of %3), %4 new users, %5 new wards. After the merge: %6 conflicts and %7 possible duplicates to confirm.</source>
        <translation>Depuis le poste %1 : %2 nouvelles versions d&apos;enregistrements (sur %3), %4 nouveaux utilisateurs, %5 nouveaux services. Après la fusion : %6 conflits et %7 doublons possibles à confirmer.</translation>
    </message>
    <message>
        <source>Nothing has changed yet: check the preview, then merge.</source>
        <translation>Rien n&apos;a encore été modifié : vérifiez l&apos;aperçu, puis fusionnez.</translation>
    </message>
    <message>
        <source>Merged: %1 new record versions from %2.</source>
        <translation>Fusionné : %1 nouvelles versions d&apos;enregistrements depuis le poste %2.</translation>
    </message>
    <message>
        <source>Choose a line in the table.</source>
        <translation>Choisissez une ligne dans le tableau.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Attention : %1</translation>
    </message>
    <message>
        <source>Bundle from another hospital</source>
        <translation>Fichier d&apos;échange d&apos;un autre hôpital</translation>
    </message>
    <message>
        <source>This bundle comes from another hospital: %1. Accept it as a transfer of that hospital&apos;s patients into %2? Its users are not added, and the transfer is recorded under your name.</source>
        <translation>Ce fichier d&apos;échange vient d&apos;un autre hôpital : %1. L&apos;accepter comme un transfert des patients de cet hôpital vers %2 ? Ses utilisateurs ne sont pas ajoutés, et le transfert est enregistré à votre nom.</translation>
    </message>
    <message>
        <source>Nothing was imported: the bundle comes from another hospital.</source>
        <translation>Rien n&apos;a été importé : le fichier d&apos;échange vient d&apos;un autre hôpital.</translation>
    </message>
</context>
<context>
    <name>wp::gui::FhirImportDialog</name>
    <message>
        <source>Import the hospital record (FHIR)</source>
        <translation>Importer le dossier hospitalier (FHIR)</translation>
    </message>
    <message>
        <source>FHIR files or a Bulk Data folder; several separated by ;</source>
        <translation>Fichiers FHIR ou dossier Bulk Data ; plusieurs séparés par ;</translation>
    </message>
    <message>
        <source>&amp;Files…</source>
        <translation>&amp;Fichiers…</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>&amp;Dossier…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>Lus :</translation>
    </message>
    <message>
        <source>Accept likely matches (same names and birth date)</source>
        <translation>Accepter les correspondances probables (mêmes noms et date de naissance)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Hospital record files</source>
        <translation>Fichiers du dossier hospitalier</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json *.ndjson);;All files (*)</source>
        <translation>FHIR JSON (*.json *.ndjson);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Bulk Data folder</source>
        <translation>Dossier Bulk Data</translation>
    </message>
    <message>
        <source>Hospital record as of %1 (%2 h old; %3).</source>
        <translation>Dossier hospitalier au %1 (il y a %2 h ; %3).</translation>
    </message>
    <message>
        <source>Would import: %1 new patient(s), %2 matched.</source>
        <translation>Serait importé : %1 nouveau(x) patient(s), %2 retrouvé(s).</translation>
    </message>
    <message>
        <source>Imported: %1 new patient(s), %2 matched.</source>
        <translation>Importé : %1 nouveau(x) patient(s), %2 retrouvé(s).</translation>
    </message>
    <message>
        <source>Items: %1.</source>
        <translation>Éléments : %1.</translation>
    </message>
    <message>
        <source>Already on this laptop: %1.</source>
        <translation>Déjà sur ce poste : %1.</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Non importé : %1.</translation>
    </message>
    <message>
        <source>Likely match, not imported: %1</source>
        <translation>Correspondance probable, non importée : %1</translation>
    </message>
    <message>
        <source>Choose the hospital record&apos;s files or folder first.</source>
        <translation>Choisissez d’abord les fichiers ou le dossier du dossier hospitalier.</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>Import impossible : %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé : %1</translation>
    </message>
    <message>
        <source>Patients without a bed in the record go to &amp;ward:</source>
        <translation>Patients sans lit dans le dossier vers l&apos;&amp;unité :</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stops reading or importing; a cancelled import writes nothing.</source>
        <translation>Arrête la lecture ou l&apos;import ; un import annulé n&apos;écrit rien.</translation>
    </message>
    <message>
        <source>None: register them without a bed</source>
        <translation>Aucune : les enregistrer sans lit</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Reading the files: %1 of %2 MB</source>
        <translation>Lecture des fichiers : %1 sur %2 Mo</translation>
    </message>
    <message>
        <source>Checking what would be imported: %1 of %2 patients and items</source>
        <translation>Vérification de ce qui serait importé : %1 sur %2 patients et éléments</translation>
    </message>
    <message>
        <source>Writing on this laptop: %1 of %2 patients and items</source>
        <translation>Écriture sur ce poste : %1 sur %2 patients et éléments</translation>
    </message>
    <message>
        <source>Patients without a bed in the record: ward %1.</source>
        <translation>Patients sans lit dans le dossier : unité %1.</translation>
    </message>
    <message>
        <source>Preview cancelled. Nothing was written.</source>
        <translation>Aperçu annulé. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written on this laptop.</source>
        <translation>Import annulé. Rien n&apos;a été écrit sur ce poste.</translation>
    </message>
</context>
<context>
    <name>wp::gui::FhirSettingsBox</name>
    <message>
        <source>Back-entry export (FHIR)</source>
        <translation>Export de ressaisie (FHIR)</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>IPP identifier &amp;system:</source>
        <translation>S&amp;ystème d&apos;identification des IPP :</translation>
    </message>
    <message>
        <source>The URI under which the hospital&apos;s patient administration system files IPPs (ask IT). Until it is set, exports use urn:whiteplan:ipp.</source>
        <translation>L&apos;URI sous laquelle le logiciel de gestion administrative des patients de l&apos;hôpital enregistre les IPP (demandez à l&apos;informatique). Tant qu&apos;elle n&apos;est pas renseignée, les exports utilisent urn:whiteplan:ipp.</translation>
    </message>
    <message>
        <source>FHIR exports now identify IPPs with %1.</source>
        <translation>Les exports FHIR identifient désormais les IPP avec %1.</translation>
    </message>
</context>
<context>
    <name>wp::gui::FieldEditor</name>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Set to the current date and time</source>
        <translation>Régler sur la date et l&apos;heure actuelles</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
</context>
<context>
    <name>wp::gui::FirstRunDialog</name>
    <message>
        <source>WhitePlan — First run</source>
        <translation>WhitePlan — Premier lancement</translation>
    </message>
    <message>
        <source>Set up WhitePlan on this laptop</source>
        <translation>Configurer WhitePlan sur ce poste</translation>
    </message>
    <message>
        <source>Done once per laptop. Everything stays on this computer; nothing is sent over a network.</source>
        <translation>À faire une seule fois par poste. Tout reste sur cet ordinateur ; rien n&apos;est envoyé sur le réseau.</translation>
    </message>
    <message>
        <source>Create the &amp;demo hospital</source>
        <translation>Créer l&apos;hôpital de &amp;démonstration</translation>
    </message>
    <message>
        <source>Fills this laptop with a fictitious hospital, its patients and users, to try WhitePlan out.</source>
        <translation>Remplit ce poste avec un hôpital fictif, ses patients et ses utilisateurs, pour essayer WhitePlan.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>C&amp;onfigurer</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hôpital</translation>
    </message>
    <message>
        <source>for example Centre hospitalier de Valence</source>
        <translation>par exemple Centre hospitalier de Valence</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Lits</translation>
    </message>
    <message>
        <source>&amp;Add ward</source>
        <translation>&amp;Ajouter un service</translation>
    </message>
    <message>
        <source>&amp;Remove ward</source>
        <translation>&amp;Supprimer le service</translation>
    </message>
    <message>
        <source>Beds: a number (12 means beds 1 to 12) or labels separated by commas (A1, A2, Box 3). Wards can also be added later.</source>
        <translation>Lits : un nombre (12 pour les lits 1 à 12) ou des libellés séparés par des virgules (A1, A2, Box 3). Des services peuvent aussi être ajoutés plus tard.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Wards</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>for example URG1</source>
        <translation>par exemple URG1</translation>
    </message>
    <message>
        <source>2 to 6 capital letters or digits. Each laptop of the hospital needs a different code: downtime numbers include it, so two laptops can never give the same number.</source>
        <translation>2 à 6 lettres majuscules ou chiffres. Chaque poste de l&apos;hôpital doit avoir un code différent : il fait partie des numéros provisoires, si bien que deux postes ne peuvent jamais attribuer le même numéro.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Laptop &amp;code</source>
        <translation>&amp;Code du poste</translation>
    </message>
    <message>
        <source>Downtime numbers</source>
        <translation>Numéros provisoires</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Premier administrateur</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nom com&amp;plet</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>To finish: %1</source>
        <translation>Pour terminer : %1</translation>
    </message>
    <message>
        <source>Conf&amp;irm</source>
        <translation>Con&amp;firmer</translation>
    </message>
    <message>
        <source>empty on the hospital&apos;s first laptop</source>
        <translation>vide sur le premier poste de l&apos;hôpital</translation>
    </message>
    <message>
        <source>On the hospital&apos;s other laptops, the id the first laptop shows (Administration page): laptops exchange bundles only within one hospital.</source>
        <translation>Sur les autres postes de l&apos;hôpital, l&apos;identifiant affiché par le premier poste (page Administration) : les postes n&apos;échangent de fichiers qu&apos;au sein d&apos;un même hôpital.</translation>
    </message>
    <message>
        <source>&amp;Hospital id</source>
        <translation>&amp;Identifiant de l&apos;hôpital</translation>
    </message>
</context>
<context>
    <name>wp::gui::FormEntryPanel</name>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Nouvelle saisie</translation>
    </message>
    <message>
        <source>Entered in &amp;error…</source>
        <translation>Saisi par erre&amp;ur…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>The form %1 is not available on this laptop.</source>
        <translation>Le formulaire %1 n&apos;est pas disponible sur ce poste.</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nouvelle saisie</translation>
    </message>
    <message>
        <source>Entry of %1 by %2 (version %3) — change it and press Amend</source>
        <translation>Saisie du %1 par %2 (version %3) — modifiez-la puis cliquez sur Corriger</translation>
    </message>
    <message>
        <source>Entered in error: %1</source>
        <translation>Saisi par erreur : %1</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Rien n&apos;a été enregistré : corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
        <source>Amend the entry</source>
        <translation>Corriger la saisie</translation>
    </message>
    <message>
        <source>Why is this entry changed? The current version stays readable.</source>
        <translation>Pourquoi cette saisie est-elle modifiée ? La version actuelle reste lisible.</translation>
    </message>
    <message>
        <source>Not amended.</source>
        <translation>Aucune correction effectuée.</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Enregistré à %1.</translation>
    </message>
    <message>
        <source>Amended at %1.</source>
        <translation>Corrigé à %1.</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>Saisi par erreur</translation>
    </message>
    <message>
        <source>Why was this entry a mistake (wrong patient, wrong time…)? It stays readable, struck through.</source>
        <translation>Pourquoi cette saisie est-elle une erreur (mauvais patient, mauvaise heure…) ? Elle reste lisible, barrée.</translation>
    </message>
    <message>
        <source>Marked as entered in error.</source>
        <translation>Marqué comme saisi par erreur.</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Amen&amp;d…</source>
        <translation>Corri&amp;ger…</translation>
    </message>
    <message>
        <source>No known allergy</source>
        <translation>Aucune allergie connue</translation>
    </message>
</context>
<context>
    <name>wp::gui::FormTab</name>
    <message>
        <source>NEWS2 %1 (%2)</source>
        <translation>NEWS2 %1 (%2)</translation>
    </message>
    <message>
        <source>NEWS2 incomplete</source>
        <translation>NEWS2 incomplet</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Réalisé le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>(amended) </source>
        <translation>(corrigé) </translation>
    </message>
    <message>
        <source>Entered in error: %1</source>
        <translation>Saisi par erreur : %1</translation>
    </message>
</context>
<context>
    <name>wp::gui::FormWidget</name>
    <message>
        <source>When it happened. It may be earlier than now; the time it is recorded is kept too.</source>
        <translation>Moment où l&apos;acte a eu lieu. Il peut être antérieur à maintenant ; l&apos;heure de saisie est également conservée.</translation>
    </message>
    <message>
        <source>The time taken cannot be in the future.</source>
        <translation>L&apos;heure de réalisation ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>NEWS2 %1 — %2</source>
        <translation>NEWS2 %1 — %2</translation>
    </message>
    <message>
        <source>Monitoring: %1</source>
        <translation>Surveillance : %1</translation>
    </message>
    <message>
        <source>Next observations due: %1</source>
        <translation>Prochaine prise des constantes : %1</translation>
    </message>
    <message>
        <source>NEWS2 incomplete — missing: %1</source>
        <translation>NEWS2 incomplet — manquant : %1</translation>
    </message>
    <message>
        <source>Ta&amp;ken at</source>
        <translation>&amp;Réalisé le</translation>
    </message>
</context>
<context>
    <name>wp::gui::HeaderBanner</name>
    <message>
        <source>WHITEPLAN · DOWNTIME</source>
        <translation>WHITEPLAN · MODE DÉGRADÉ</translation>
    </message>
</context>
<context>
    <name>wp::gui::HospitalFinderWidget</name>
    <message>
        <source>Name, birth date (31/12/1950), downtime number or IPP…</source>
        <translation>Nom, date de naissance (31/12/1950), numéro provisoire ou IPP…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>Where now</source>
        <translation>Où maintenant</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Saisi le</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Type a name, a birth date, a downtime number or an IPP: every ward&apos;s patients held on this laptop are searched.</source>
        <translation>Tapez un nom, une date de naissance, un numéro provisoire ou un IPP : les patients de tous les services présents sur ce poste sont cherchés.</translation>
    </message>
    <message>
        <source>No patient matches on this laptop.</source>
        <translation>Aucun patient ne correspond sur ce poste.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found.</source>
        <translation>
            <numerusform>%n patient trouvé.</numerusform>
            <numerusform>%n patients trouvés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wp::gui::HospitalPage</name>
    <message>
        <source>Hospital</source>
        <translation>Hôpital</translation>
    </message>
    <message>
        <source>Every ward this laptop holds records of, its own and those received by bundle or hub. Each figure says how old it is: call a ward marked STALE.</source>
        <translation>Tous les services dont ce poste a des saisies, les siens et ceux reçus par fichier d&apos;échange ou hub. Chaque chiffre dit de quand il date : appelez un service marqué PÉRIMÉ.</translation>
    </message>
    <message>
        <source>&amp;Print the situation report…</source>
        <translation>&amp;Imprimer le point de situation…</translation>
    </message>
    <message>
        <source>&amp;Census and free beds</source>
        <translation>&amp;Occupation et lits libres</translation>
    </message>
    <message>
        <source>Fi&amp;nd a patient</source>
        <translation>&amp;Trouver un patient</translation>
    </message>
    <message>
        <source>&amp;Transfer register</source>
        <translation>&amp;Registre des transferts</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Lits</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Occupés</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libres</translation>
    </message>
    <message>
        <source>No bed</source>
        <translation>Sans lit</translation>
    </message>
    <message>
        <source>Arriving (24 h)</source>
        <translation>Arrivées (24 h)</translation>
    </message>
    <message>
        <source>Leaving (24 h)</source>
        <translation>Départs (24 h)</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>The census could not be read: %1</source>
        <translation>L&apos;occupation n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Newest record from these laptops: %1</source>
        <translation>Saisie la plus récente de ces postes : %1</translation>
    </message>
    <message>
        <source>No record from another laptop</source>
        <translation>Aucune saisie d&apos;un autre poste</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Newest record held from each laptop: %1</source>
        <translation>Saisie la plus récente reçue de chaque poste : %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>SAMU</source>
        <translation>SAMU</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Saisi le</translation>
    </message>
    <message>
        <source>The transfer register could not be read: %1</source>
        <translation>Le registre des transferts n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>%1, bed %2</source>
        <translation>%1, lit %2</translation>
    </message>
</context>
<context>
    <name>wp::gui::IdentityEditDialog</name>
    <message>
        <source>e.g. name misspelt, identity card seen, IPP given by admissions</source>
        <translation>par ex. nom mal orthographié, pièce d&apos;identité vue, IPP donné par les admissions</translation>
    </message>
    <message>
        <source>&amp;Reason for the change *</source>
        <translation>Mo&amp;tif de la correction *</translation>
    </message>
    <message>
        <source>The corrected identity looks like patients already registered. If it is the same person, cancel and tell the identity vigilance team: records are never merged here. Save only if you are sure it is someone else.</source>
        <translation>L&apos;identité corrigée ressemble à celle de patients déjà enregistrés. S&apos;il s&apos;agit de la même personne, annulez et prévenez la cellule d&apos;identitovigilance : les dossiers ne sont jamais fusionnés ici. N&apos;enregistrez que si vous êtes sûr qu&apos;il s&apos;agit d&apos;une autre personne.</translation>
    </message>
    <message>
        <source>&amp;Save the correction</source>
        <translation>&amp;Enregistrer la correction</translation>
    </message>
    <message>
        <source>Correct the identity of %1</source>
        <translation>Corriger l&apos;identité de %1</translation>
    </message>
    <message>
        <source>Correct an identity</source>
        <translation>Corriger une identité</translation>
    </message>
    <message>
        <source>Registered %1 by %2; not corrected since.</source>
        <translation>Enregistré le %1 par %2 ; pas corrigé depuis.</translation>
    </message>
    <message>
        <source>registered %1 by %2</source>
        <translation>enregistré le %1 par %2</translation>
    </message>
    <message>
        <source>corrected %1 by %2: %3</source>
        <translation>corrigé le %1 par %2 : %3</translation>
    </message>
    <message>
        <source>Identity versions (nothing is overwritten):</source>
        <translation>Versions de l&apos;identité (rien n&apos;est effacé) :</translation>
    </message>
    <message>
        <source>Correct the fields marked in red.</source>
        <translation>Corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
        <source>Say why the identity is corrected.</source>
        <translation>Indiquez pourquoi l&apos;identité est corrigée.</translation>
    </message>
    <message>
        <source>It is a different person: sa&amp;ve</source>
        <translation>C&apos;est une &amp;autre personne : enregistrer</translation>
    </message>
</context>
<context>
    <name>wp::gui::IdentityForm</name>
    <message>
        <source>&amp;Birth name *</source>
        <translation>No&amp;m de naissance *</translation>
    </message>
    <message>
        <source>&amp;Used name</source>
        <translation>Nom d&apos;&amp;usage</translation>
    </message>
    <message>
        <source>All first names from the identity document, the usual one first.</source>
        <translation>Tous les prénoms figurant sur la pièce d&apos;identité, le prénom usuel en premier.</translation>
    </message>
    <message>
        <source>&amp;First names *</source>
        <translation>&amp;Prénoms *</translation>
    </message>
    <message>
        <source>Birth &amp;date *</source>
        <translation>&amp;Date de naissance *</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Sex *</source>
        <translation>Sexe *</translation>
    </message>
    <message>
        <source>INSEE code of the birth place (5 characters, 99xxx abroad).</source>
        <translation>Code INSEE du lieu de naissance (5 caractères, 99xxx pour l&apos;étranger).</translation>
    </message>
    <message>
        <source>Birth &amp;place (INSEE)</source>
        <translation>&amp;Lieu de naissance (INSEE)</translation>
    </message>
    <message>
        <source>&amp;IPP</source>
        <translation>&amp;IPP</translation>
    </message>
    <message>
        <source>INS-NIR: 15 characters, key included (2A/2B for Corsica).</source>
        <translation>INS-NIR : 15 caractères, clé comprise (2A/2B pour la Corse).</translation>
    </message>
    <message>
        <source>I&amp;NS (NIR)</source>
        <translation>I&amp;NS (NIR)</translation>
    </message>
    <message>
        <source>Choose F, M or unknown.</source>
        <translation>Choisissez F, M ou inconnu.</translation>
    </message>
    <message>
        <source>Identity s&amp;tatus</source>
        <translation>&amp;Statut de l&apos;identité</translation>
    </message>
</context>
<context>
    <name>wp::gui::ImportDialog</name>
    <message>
        <source>Import a ward file</source>
        <translation>Importer un fichier de service</translation>
    </message>
    <message>
        <source>&amp;Census (census.csv: patients present)</source>
        <translation>&amp;Liste des présents (census.csv : patients présents)</translation>
    </message>
    <message>
        <source>&amp;Observations (observations.csv)</source>
        <translation>&amp;Constantes (observations.csv)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Prévisualiser</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Choisir le fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was written. Correct it and preview again:</source>
        <translation>Ce fichier ne peut pas être importé ; rien n&apos;a été écrit. Corrigez-le puis prévisualisez-le à nouveau :</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) will be registered.</source>
        <translation>
            <numerusform>%n patient sera enregistré.</numerusform>
            <numerusform>%n patients seront enregistrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observation set(s) will be recorded.</source>
        <translation>
            <numerusform>%n relevé de constantes sera enregistré.</numerusform>
            <numerusform>%n relevés de constantes seront enregistrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already present (same IPP) will be skipped.</source>
        <translation>
            <numerusform>%n ligne déjà présente (même IPP) sera ignorée.</numerusform>
            <numerusform>%n lignes déjà présentes (même IPP) seront ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check before importing:</source>
        <translation>Vérifiez avant d&apos;importer :</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>Rien n&apos;a été importé :</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) registered.</source>
        <translation>
            <numerusform>%n patient enregistré.</numerusform>
            <numerusform>%n patients enregistrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observation set(s) recorded.</source>
        <translation>
            <numerusform>%n relevé de constantes enregistré.</numerusform>
            <numerusform>%n relevés de constantes enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message numerus="yes">
        <source>%n observation set(s) already recorded will be skipped.</source>
        <translation>
            <numerusform>%n relevé de constantes déjà enregistré sera ignoré.</numerusform>
            <numerusform>%n relevés de constantes déjà enregistrés seront ignorés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) carry an IPP already given to a different identity: check them below.</source>
        <translation>
            <numerusform>%n ligne porte un IPP déjà attribué à une autre identité : vérifiez-la ci-dessous.</numerusform>
            <numerusform>%n lignes portent un IPP déjà attribué à une autre identité : vérifiez-les ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>À vérifier :</translation>
    </message>
    <message>
        <source>Hospital &amp;record (FHIR)…</source>
        <translation>Dossier hospitalier (&amp;FHIR)…</translation>
    </message>
</context>
<context>
    <name>wp::gui::LabResultsDialog</name>
    <message>
        <source>Results of %1</source>
        <translation>Résultats de %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — born %2 — %3 — %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — né(e) le %2 — %3 — %4</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Valeurs de référence</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>&amp;Save the results</source>
        <translation>&amp;Enregistrer les résultats</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Type at least one result.</source>
        <translation>Saisissez au moins un résultat.</translation>
    </message>
</context>
<context>
    <name>wp::gui::LabWorklistPage</name>
    <message>
        <source>Scan a &amp;tube or type an order number:</source>
        <translation>Scannez un &amp;tube ou tapez un numéro de demande :</translation>
    </message>
    <message>
        <source>WP-ORDER … or P2-L0007</source>
        <translation>WP-ORDER … ou P2-L0007</translation>
    </message>
    <message>
        <source>Re&amp;ceive</source>
        <translation>Récepti&amp;onner</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Prélevé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Waiting for results</source>
        <translation>En attente de résultats</translation>
    </message>
    <message>
        <source>&amp;Receive the selected</source>
        <translation>&amp;Réceptionner la sélection</translation>
    </message>
    <message>
        <source>&amp;Enter results…</source>
        <translation>Sa&amp;isir les résultats…</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>Ordered, not yet collected</source>
        <translation>Prescrits, pas encore prélevés</translation>
    </message>
    <message>
        <source>Results to phone</source>
        <translation>Résultats à téléphoner</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Resulted</source>
        <translation>Rendu à</translation>
    </message>
    <message>
        <source>&amp;Phoned…</source>
        <translation>Télé&amp;phoné…</translation>
    </message>
    <message>
        <source>%1, born %2, %3</source>
        <translation>%1, né(e) le %2, %3</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <source>%1 received: %2.</source>
        <translation>%1 réceptionnée : %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a tube label nor an order number.</source>
        <translation>« %1 » n’est ni une étiquette de tube ni un numéro de demande.</translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>Sélectionnez d’abord une demande.</translation>
    </message>
    <message>
        <source>%1 is not received yet: receive the specimen first.</source>
        <translation>%1 n’est pas encore réceptionnée : réceptionnez d’abord le prélèvement.</translation>
    </message>
    <message>
        <source>%1: %2 result(s) saved, %3 critical: phone them to the ward now.</source>
        <translation>%1 : %2 résultat(s) enregistré(s), dont %3 critique(s) : téléphonez-les au service maintenant.</translation>
    </message>
    <message>
        <source>%1: %2 result(s) saved.</source>
        <translation>%1 : %2 résultat(s) enregistré(s).</translation>
    </message>
    <message>
        <source>Select a result to phone first.</source>
        <translation>Sélectionnez d’abord un résultat à téléphoner.</translation>
    </message>
    <message>
        <source>Call recorded: %1.</source>
        <translation>Appel enregistré : %1.</translation>
    </message>
</context>
<context>
    <name>wp::gui::LockScreen</name>
    <message>
        <source>Switch user</source>
        <translation>Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Log in as another user. Open forms stay as they are and are saved under the new user&apos;s name.</source>
        <translation>Se connecter sous un autre utilisateur. Les formulaires ouverts restent en l&apos;état et sont enregistrés au nom du nouvel utilisateur.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>WhitePlan is locked to protect patient data. %1 can unlock with their password, or another user can log in; open forms stay as they are.</source>
        <translation>WhitePlan est verrouillé pour protéger les données des patients. %1 peut le déverrouiller avec son mot de passe, ou un autre utilisateur peut se connecter ; les formulaires ouverts restent en l&apos;état.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
</context>
<context>
    <name>wp::gui::LoginDialog</name>
    <message>
        <source>WhitePlan — Log in</source>
        <translation>WhitePlan — Connexion</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>%1 · laptop %2</source>
        <translation>%1 · poste %2</translation>
    </message>
</context>
<context>
    <name>wp::gui::LoginForm</name>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>for example mdupont</source>
        <translation>par exemple mdupont</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>wp::gui::MainWindow</name>
    <message>
        <source>Last backup: none yet</source>
        <translation>Dernière sauvegarde : aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Dernière sauvegarde : %1</translation>
    </message>
    <message>
        <source>WhitePlan — %1</source>
        <translation>WhitePlan — %1</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Some form definitions were skipped: %1</source>
        <translation>Certaines définitions de formulaires ont été ignorées : %1</translation>
    </message>
    <message>
        <source>WhitePlan</source>
        <translation>WhitePlan</translation>
    </message>
    <message>
        <source>DOWNTIME MODE · OFFLINE</source>
        <translation>MODE DÉGRADÉ · HORS LIGNE</translation>
    </message>
    <message>
        <source>Wards</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Theatres</source>
        <translation>Blocs opératoires</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Back up now to…</source>
        <translation>&amp;Sauvegarder maintenant vers…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Changer d&apos;utilisateur…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>Changer &amp;mon mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;?</translation>
    </message>
    <message>
        <source>&amp;About WhitePlan</source>
        <translation>À &amp;propos de WhitePlan</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Hors ligne</translation>
    </message>
    <message>
        <source>WhitePlan never uses the network: everything stays on this laptop.</source>
        <translation>WhitePlan n&apos;utilise jamais le réseau : tout reste sur ce poste.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody logged in</source>
        <translation>Personne n&apos;est connecté</translation>
    </message>
    <message>
        <source>Laptop %1</source>
        <translation>Poste %1</translation>
    </message>
    <message>
        <source>%1 is now logged in. Work saved from now on is recorded under this name.</source>
        <translation>%1 est maintenant connecté(e). Les saisies enregistrées à partir de maintenant le sont sous ce nom.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été modifié.</translation>
    </message>
    <message>
        <source>Back up to a folder (for example a USB stick)</source>
        <translation>Sauvegarder dans un dossier (par exemple une clé USB)</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>Impossible d&apos;écrire la sauvegarde : %1</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Sauvegarde écrite dans %1.</translation>
    </message>
    <message>
        <source>About WhitePlan</source>
        <translation>À propos de WhitePlan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;WhitePlan %1&lt;/h3&gt;&lt;p&gt;Keeps a hospital working on paper-free downtime procedures when its information systems are unavailable (plan blanc).&lt;/p&gt;&lt;p&gt;Everything stays on this laptop: WhitePlan never uses the network.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;WhitePlan %1&lt;/h3&gt;&lt;p&gt;Permet à un hôpital de continuer à fonctionner selon des procédures dégradées sans papier lorsque ses systèmes d&apos;information sont indisponibles (plan blanc).&lt;/p&gt;&lt;p&gt;Tout reste sur ce poste : WhitePlan n&apos;utilise jamais le réseau.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quit anyway?</source>
        <translation>Quitter quand même ?</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>Unanswered &amp;alerts…</source>
        <translation>&amp;Alertes sans réponse…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Open the list of unanswered alerts (Ctrl+Shift+A).</source>
        <translation>Ouvrir la liste des alertes sans réponse (Ctrl+Maj+A).</translation>
    </message>
    <message>
        <source>Alerts unknown: %1</source>
        <translation>Alertes inconnues : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) unanswered (oldest %1)</source>
        <translation>
            <numerusform>%n alerte sans réponse (depuis %1)</numerusform>
            <numerusform>%n alertes sans réponse (la plus ancienne depuis %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hôpital</translation>
    </message>
    <message>
        <source>Protect the backup</source>
        <translation>Protéger la sauvegarde</translation>
    </message>
    <message>
        <source>The backup holds every patient. Choose a passphrase (at least %1 characters, for example four words): restoring the backup will ask for it. Keep it apart from the stick.</source>
        <translation>La sauvegarde contient tous les patients. Choisissez une phrase secrète (au moins %1 caractères, par exemple quatre mots) : la restauration de la sauvegarde la demandera. Conservez-la à part de la clé.</translation>
    </message>
</context>
<context>
    <name>wp::gui::MarView</name>
    <message>
        <source>New &amp;prescription line…</source>
        <translation>&amp;Nouvelle ligne de prescription…</translation>
    </message>
    <message>
        <source>Record a &amp;dose…</source>
        <translation>Saisir une a&amp;dministration…</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>Overdue doses</source>
        <translation>Administrations en retard</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Dose / reason</source>
        <translation>Dose / motif</translation>
    </message>
    <message numerus="yes">
        <source>%n dose(s) overdue: record them as given, held or refused.</source>
        <translation>
            <numerusform>%n administration en retard : indiquez si elle a été administrée, suspendue ou refusée.</numerusform>
            <numerusform>%n administrations en retard : indiquez si elles ont été administrées, suspendues ou refusées.</numerusform>
        </translation>
    </message>
    <message>
        <source>as needed: %1</source>
        <translation>si besoin : %1</translation>
    </message>
    <message>
        <source>Select a prescription line first.</source>
        <translation>Sélectionnez d&apos;abord une ligne de prescription.</translation>
    </message>
    <message>
        <source>Write a new prescription line (doctors).</source>
        <translation>Rédiger une nouvelle ligne de prescription (médecins).</translation>
    </message>
    <message>
        <source>Only a doctor can prescribe: %1</source>
        <translation>Seul un médecin peut prescrire : %1</translation>
    </message>
    <message>
        <source>Record the selected line&apos;s dose as given, held or refused (Enter on a line).</source>
        <translation>Enregistrer la prise de la ligne sélectionnée : administrée, non administrée ou refusée (Entrée sur une ligne).</translation>
    </message>
    <message>
        <source>You may not record doses: %1</source>
        <translation>Vous ne pouvez pas enregistrer de prise : %1</translation>
    </message>
    <message>
        <source>%1 (as prescribed)</source>
        <translation>%1 (dose prescrite)</translation>
    </message>
    <message>
        <source>as prescribed</source>
        <translation>dose prescrite</translation>
    </message>
    <message>
        <source>unknown line</source>
        <translation>ligne inconnue</translation>
    </message>
    <message>
        <source>Confirm imported line…</source>
        <translation>Confirmer la ligne importée…</translation>
    </message>
    <message>
        <source>Review and confirm all…</source>
        <translation>Revoir et confirmer tout…</translation>
    </message>
    <message>
        <source>Dose against an unconfirmed line…</source>
        <translation>Administration sur une ligne non confirmée…</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>À confirmer</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Confirm the selected line from the hospital record as a prescription.</source>
        <translation>Confirmer la ligne sélectionnée du dossier de l’hôpital en prescription.</translation>
    </message>
    <message>
        <source>Only a doctor can confirm: %1</source>
        <translation>Seul un médecin peut confirmer : %1</translation>
    </message>
    <message>
        <source>Record a dose against a line not yet confirmed by a doctor (a reason is required).</source>
        <translation>Saisir une administration sur une ligne pas encore confirmée par un médecin (motif obligatoire).</translation>
    </message>
    <message>
        <source>from the hospital record %1</source>
        <translation>du dossier de l’hôpital %1</translation>
    </message>
    <message>
        <source>%1 (hospital record, unconfirmed)</source>
        <translation>%1 (dossier de l’hôpital, non confirmé)</translation>
    </message>
    <message>
        <source>Select a line to confirm first.</source>
        <translation>Sélectionnez d’abord une ligne à confirmer.</translation>
    </message>
    <message>
        <source>Confirm %1</source>
        <translation>Confirmer %1</translation>
    </message>
    <message>
        <source>The hospital record says &quot;%1&quot;. Times of the doses (e.g. 08:00, 20:00):</source>
        <translation>Le dossier de l’hôpital indique « %1 ». Heures des prises (ex. 08:00, 20:00) :</translation>
    </message>
    <message>
        <source>Review and confirm all</source>
        <translation>Revoir et confirmer tout</translation>
    </message>
    <message>
        <source>Lines to confirm:
%1

Times of the doses for all of them (e.g. 08:00):</source>
        <translation>Lignes à confirmer :
%1

Heures des prises pour toutes (ex. 08:00) :</translation>
    </message>
    <message>
        <source>Dose against an unconfirmed line</source>
        <translation>Administration sur une ligne non confirmée</translation>
    </message>
    <message>
        <source>%1 is not confirmed by a doctor. Why give it now?</source>
        <translation>%1 n’est pas confirmé par un médecin. Pourquoi l’administrer maintenant ?</translation>
    </message>
    <message>
        <source>HIGH RISK: second nurse checks each dose</source>
        <translation>À RISQUE : double contrôle à chaque administration</translation>
    </message>
    <message>
        <source>prescribed despite a check — see the reason</source>
        <translation>prescrit malgré un contrôle — voir le motif</translation>
    </message>
</context>
<context>
    <name>wp::gui::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>wp::gui::MovementDialog</name>
    <message>
        <source>Admit to %1 bed %2</source>
        <translation>Admettre dans le service %1, lit %2</translation>
    </message>
    <message>
        <source>Find the patient (registered, not in a bed):</source>
        <translation>Recherchez le patient (enregistré, sans lit) :</translation>
    </message>
    <message>
        <source>Register a &amp;new patient…</source>
        <translation>Enregistrer un &amp;nouveau patient…</translation>
    </message>
    <message>
        <source>No patient chosen</source>
        <translation>Aucun patient choisi</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patient :</translation>
    </message>
    <message>
        <source>&amp;Reason for admission:</source>
        <translation>&amp;Motif d&apos;admission :</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>&amp;Bed:</source>
        <translation>&amp;Lit :</translation>
    </message>
    <message>
        <source>Transfer %1 to another hospital</source>
        <translation>Transférer %1 vers un autre établissement</translation>
    </message>
    <message>
        <source>SMUR</source>
        <translation>SMUR</translation>
    </message>
    <message>
        <source>Ambulance</source>
        <translation>Ambulance</translation>
    </message>
    <message>
        <source>Helicopter</source>
        <translation>Hélicoptère</translation>
    </message>
    <message>
        <source>VSL</source>
        <translation>VSL</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>&amp;Destination hospital:</source>
        <translation>Établissement de &amp;destination :</translation>
    </message>
    <message>
        <source>&amp;SAMU regulation number:</source>
        <translation>Numéro de régulation &amp;SAMU :</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Transport :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Discharge %1</source>
        <translation>Enregistrer la sortie de %1</translation>
    </message>
    <message>
        <source>Record the death of %1</source>
        <translation>Enregistrer le décès de %1</translation>
    </message>
    <message>
        <source>The bed is freed; the record of the patient is kept.</source>
        <translation>Le lit est libéré ; le dossier du patient est conservé.</translation>
    </message>
    <message>
        <source>No free bed in %1.</source>
        <translation>Aucun lit libre dans %1.</translation>
    </message>
    <message>
        <source>The time cannot be in the future.</source>
        <translation>La date et l&apos;heure ne peuvent pas être dans le futur.</translation>
    </message>
    <message>
        <source>Choose the patient first.</source>
        <translation>Choisissez d&apos;abord le patient.</translation>
    </message>
    <message>
        <source>Choose a free bed.</source>
        <translation>Choisissez un lit libre.</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>Date et &amp;heure :</translation>
    </message>
</context>
<context>
    <name>wp::gui::ObservationChartView</name>
    <message>
        <source>Taken at</source>
        <translation>Relevé le</translation>
    </message>
    <message>
        <source>NEWS2</source>
        <translation>NEWS2</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation>Pression artérielle diastolique</translation>
    </message>
    <message>
        <source> (scale 2)</source>
        <translation> (échelle 2)</translation>
    </message>
    <message>
        <source>scores %1</source>
        <translation>score : %1</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <source>NEWS2: no complete set of observations yet</source>
        <translation>NEWS2 : pas encore de série d&apos;observations complète</translation>
    </message>
    <message>
        <source>%1: no value yet</source>
        <translation>%1 : pas encore de valeur</translation>
    </message>
    <message>
        <source>From the hospital record, imported by %1</source>
        <translation>Issu du dossier hospitalier, importé par %1</translation>
    </message>
    <message>
        <source>%1 (hospital record)</source>
        <translation>%1 (dossier hospitalier)</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) marked &quot;hospital record&quot; come from the hospital&apos;s record before the downtime, not from this ward; the last column gives the age of that record.</source>
        <translation>
            <numerusform>%n série marquée « dossier hospitalier » vient du dossier de l&apos;hôpital d&apos;avant la panne, pas de cette unité ; la dernière colonne donne l&apos;âge de ce dossier.</numerusform>
            <numerusform>%n séries marquées « dossier hospitalier » viennent du dossier de l&apos;hôpital d&apos;avant la panne, pas de cette unité ; la dernière colonne donne l&apos;âge de ce dossier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wp::gui::OrderDialog</name>
    <message>
        <source>Order tests or an exam</source>
        <translation>Demander des analyses ou un examen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>name or code: potassium, NFS, 2823-3, scanner…</source>
        <translation>nom ou code : kaliémie, NFS, 2823-3, scanner…</translation>
    </message>
    <message>
        <source>Down: to the list · Space: check or uncheck · Enter: order</source>
        <translation>Flèche bas : vers la liste · Espace : cocher ou décocher · Entrée : demander</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <source>why: the question for the laboratory or the radiologist</source>
        <translation>pourquoi : la question posée au laboratoire ou au radiologue</translation>
    </message>
    <message>
        <source>C&amp;linical information:</source>
        <translation>Renseignements c&amp;liniques :</translation>
    </message>
    <message>
        <source>&amp;Collect later, at:</source>
        <translation>Prélever plus &amp;tard, à :</translation>
    </message>
    <message>
        <source>Specimen:</source>
        <translation>Prélèvement :</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Valider la demande</translation>
    </message>
    <message>
        <source>A doctor&apos;s order: outside the nurse protocol.</source>
        <translation>Prescription médicale : hors du protocole infirmier.</translation>
    </message>
    <message>
        <source>panel</source>
        <translation>bilan</translation>
    </message>
    <message>
        <source>test</source>
        <translation>analyse</translation>
    </message>
    <message>
        <source>imaging</source>
        <translation>imagerie</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Rien de choisi pour l&apos;instant.</translation>
    </message>
    <message>
        <source>To order: %1</source>
        <translation>À demander : %1</translation>
    </message>
</context>
<context>
    <name>wp::gui::OrdersTab</name>
    <message>
        <source>New or&amp;der…</source>
        <translation>Nouvelle &amp;demande…</translation>
    </message>
    <message>
        <source>Mar&amp;k collected</source>
        <translation>Prélè&amp;vement fait</translation>
    </message>
    <message>
        <source>Enter result&amp;s…</source>
        <translation>Saisir les &amp;résultats…</translation>
    </message>
    <message>
        <source>Results see&amp;n</source>
        <translation>Résultats v&amp;us</translation>
    </message>
    <message>
        <source>Canc&amp;el order…</source>
        <translation>An&amp;nuler la demande…</translation>
    </message>
    <message>
        <source>Scan the tube la&amp;bel:</source>
        <translation>Scanner l&apos;éti&amp;quette du tube :</translation>
    </message>
    <message>
        <source>scanner or order number, then Enter</source>
        <translation>douchette ou numéro de demande, puis Entrée</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Tests or exam</source>
        <translation>Analyses ou examen</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>You may not order tests: %1</source>
        <translation>Vous ne pouvez pas demander d&apos;examens : %1</translation>
    </message>
    <message>
        <source>Order what the nurse protocol allows (Ctrl+Shift+O); the rest needs a doctor.</source>
        <translation>Demander ce que le protocole infirmier permet (Ctrl+Maj+O) ; le reste relève d&apos;un médecin.</translation>
    </message>
    <message>
        <source>Order laboratory tests or an imaging exam (Ctrl+Shift+O).</source>
        <translation>Demander des analyses de laboratoire ou un examen d&apos;imagerie (Ctrl+Maj+O).</translation>
    </message>
    <message>
        <source>Withdraw the selected order, with the reason (Ctrl+Shift+X).</source>
        <translation>Annuler la demande sélectionnée, avec le motif (Ctrl+Maj+X).</translation>
    </message>
    <message>
        <source>You may not cancel orders: %1</source>
        <translation>Vous ne pouvez pas annuler de demande : %1</translation>
    </message>
    <message>
        <source>The selected order&apos;s specimen was taken, without a scanner (Ctrl+Shift+K).</source>
        <translation>Le prélèvement de la demande sélectionnée est fait, sans douchette (Ctrl+Maj+K).</translation>
    </message>
    <message>
        <source>You may not record specimens: %1</source>
        <translation>Vous ne pouvez pas enregistrer de prélèvement : %1</translation>
    </message>
    <message>
        <source>Scan the QR code of the tube label: the tube is checked against this patient and marked collected.</source>
        <translation>Scannez le QR code de l&apos;étiquette du tube : le tube est vérifié pour ce patient et marqué prélevé.</translation>
    </message>
    <message>
        <source>Enter the selected order&apos;s results from the paper report or a phone call (Ctrl+Shift+R, or Enter on the order).</source>
        <translation>Saisir les résultats de la demande sélectionnée, depuis le compte rendu papier ou un appel (Ctrl+Maj+R, ou Entrée sur la demande).</translation>
    </message>
    <message>
        <source>You may not enter results: %1</source>
        <translation>Vous ne pouvez pas saisir de résultats : %1</translation>
    </message>
    <message>
        <source>Record that you have seen all the selected order&apos;s results (Ctrl+Shift+A).</source>
        <translation>Enregistrer que vous avez vu tous les résultats de la demande sélectionnée (Ctrl+Maj+A).</translation>
    </message>
    <message>
        <source>You may not acknowledge results: %1</source>
        <translation>Vous ne pouvez pas accuser réception des résultats : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n awaited</source>
        <translation>
            <numerusform>%n attendu</numerusform>
            <numerusform>%n attendus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>OVERDUE since %1</source>
        <translation>EN RETARD depuis %1</translation>
    </message>
    <message>
        <source>%1 (protocol)</source>
        <translation>%1 (protocole)</translation>
    </message>
    <message>
        <source>Clinical information: %1</source>
        <translation>Renseignements cliniques : %1</translation>
    </message>
    <message>
        <source>Select an order first.</source>
        <translation>Sélectionnez d&apos;abord une demande.</translation>
    </message>
    <message>
        <source>%1 ordered: %2. Print the request and the tube labels.</source>
        <translation>%1 demandée : %2. Imprimez le bon de demande et les étiquettes des tubes.</translation>
    </message>
    <message>
        <source>%1 collected (tube scanned) at %2.</source>
        <translation>%1 prélevée (tube scanné) à %2.</translation>
    </message>
    <message>
        <source>%1 collected at %2.</source>
        <translation>%1 prélevée à %2.</translation>
    </message>
    <message>
        <source>%1 is already cancelled.</source>
        <translation>%1 est déjà annulée.</translation>
    </message>
    <message>
        <source>%1 already has results: it cannot be cancelled.</source>
        <translation>%1 a déjà des résultats : elle ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Why is %1 (%2) cancelled?</source>
        <translation>Pourquoi annuler %1 (%2) ?</translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation>%1 annulée.</translation>
    </message>
    <message>
        <source>%1 was cancelled: no result can be entered for it.</source>
        <translation>%1 a été annulée : aucun résultat ne peut y être saisi.</translation>
    </message>
    <message>
        <source>Every result of %1 is in.</source>
        <translation>Tous les résultats de %1 sont arrivés.</translation>
    </message>
    <message>
        <source>%1: %2. CRITICAL: tell the doctor now; the alert stays open until a doctor acknowledges it.</source>
        <translation>%1 : %2. CRITIQUE : prévenez le médecin immédiatement ; l&apos;alerte reste ouverte jusqu&apos;à l&apos;accusé de réception d&apos;un médecin.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>Results of %1 seen.</source>
        <translation>Résultats de %1 vus.</translation>
    </message>
    <message>
        <source>Print re&amp;quest and labels…</source>
        <translation>Imprimer le bon et les éti&amp;quettes…</translation>
    </message>
    <message>
        <source>Preview the selected order&apos;s paper request and its tube labels, to print (Ctrl+Shift+P).</source>
        <translation>Aperçu du bon de demande papier et des étiquettes de tubes de la demande choisie, à imprimer (Ctrl+Maj+P).</translation>
    </message>
    <message>
        <source>Order %1: print the request and the tube labels from their previews.</source>
        <translation>Demande %1 : imprimez le bon et les étiquettes depuis leurs aperçus.</translation>
    </message>
</context>
<context>
    <name>wp::gui::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Réinitialiser le mot de passe de %1</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation>Mot de passe &amp;actuel</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>Con&amp;firmer</translation>
    </message>
    <message>
        <source>Give the new password to %1 in person; they can change it afterwards.</source>
        <translation>Remettez le nouveau mot de passe à %1 en main propre ; cette personne pourra le modifier ensuite.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>wp::gui::PatientChartPage</name>
    <message>
        <source>Change the SpO2 scale…</source>
        <translation>Changer l&apos;échelle SpO2…</translation>
    </message>
    <message>
        <source>Doctors: scale 2 is for documented hypercapnic respiratory failure.</source>
        <translation>Médecins : l&apos;échelle 2 est réservée à l&apos;insuffisance respiratoire hypercapnique documentée.</translation>
    </message>
    <message>
        <source>Observation &amp;chart</source>
        <translation>&amp;Pancarte</translation>
    </message>
    <message>
        <source>&amp;Observations</source>
        <translation>&amp;Constantes</translation>
    </message>
    <message>
        <source>&amp;Admission</source>
        <translation>&amp;Admission</translation>
    </message>
    <message>
        <source>&amp;Medications</source>
        <translation>&amp;Médicaments</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>Fiche de liais&amp;on</translation>
    </message>
    <message>
        <source>SpO2 scale %1</source>
        <translation>Échelle SpO2 %1</translation>
    </message>
    <message>
        <source>Scale 2 is only for documented hypercapnic respiratory failure. Say why (diagnosis, target saturation):</source>
        <translation>L&apos;échelle 2 est réservée à l&apos;insuffisance respiratoire hypercapnique documentée. Indiquez le motif (diagnostic, saturation cible) :</translation>
    </message>
    <message>
        <source>Why does the patient go back to scale 1?</source>
        <translation>Pourquoi le patient repasse-t-il à l&apos;échelle 1 ?</translation>
    </message>
    <message>
        <source>%1, bed %2</source>
        <translation>%1, lit %2</translation>
    </message>
    <message>
        <source>NEWS2: SpO2 scale 2 (hypercapnic respiratory failure, set by a doctor)</source>
        <translation>NEWS2 : échelle SpO2 2 (insuffisance respiratoire hypercapnique, prescrite par un médecin)</translation>
    </message>
    <message>
        <source>NEWS2: SpO2 scale 1</source>
        <translation>NEWS2 : échelle SpO2 1</translation>
    </message>
    <message>
        <source>Allergies: not recorded — ask and record them on the admission form.</source>
        <translation>Allergies : non renseignées — demandez-les et saisissez-les dans le formulaire d&apos;admission.</translation>
    </message>
    <message>
        <source>No known allergy</source>
        <translation>Aucune allergie connue</translation>
    </message>
    <message>
        <source>⚠ ALLERGIES: %1</source>
        <translation>⚠ ALLERGIES : %1</translation>
    </message>
    <message>
        <source>Correct the &amp;identity…</source>
        <translation>Corriger l&apos;&amp;identité…</translation>
    </message>
    <message>
        <source>Correct a misspelt name, add the IPP or INS once known (Ctrl+Shift+I). Earlier versions are kept.</source>
        <translation>Corriger un nom mal orthographié, ajouter l&apos;IPP ou l&apos;INS une fois connus (Ctrl+Maj+I). Les versions précédentes sont conservées.</translation>
    </message>
    <message>
        <source>Identity corrected; previously:</source>
        <translation>Identité corrigée ; auparavant :</translation>
    </message>
    <message>
        <source>Nu&amp;rsing notes</source>
        <translation>&amp;Transmissions ciblées</translation>
    </message>
    <message>
        <source>F&amp;luid balance</source>
        <translation>&amp;Bilan entrées-sorties</translation>
    </message>
    <message>
        <source>born %1 (%2 y), %3 — %4 — %5 — %6</source>
        <translation>né(e) le %1 (%2 ans), %3 — %4 — %5 — %6</translation>
    </message>
    <message>
        <source> (source scale: 2)</source>
        <translation> (échelle d’origine : 2)</translation>
    </message>
    <message>
        <source>The latest observation was scored on SpO2 scale 2 where it was recorded. New observations here stay on scale 1 until a doctor sets scale 2.</source>
        <translation>La dernière observation a été cotée sur l’échelle SpO2 2 là où elle a été saisie. Les nouvelles observations restent ici sur l’échelle 1 tant qu’un médecin n’a pas choisi l’échelle 2.</translation>
    </message>
    <message>
        <source>&amp;Hospital record</source>
        <translation>Dossier &amp;hospitalier</translation>
    </message>
    <message>
        <source>Tests and e&amp;xams</source>
        <translation>E&amp;xamens</translation>
    </message>
</context>
<context>
    <name>wp::gui::PatientDialog</name>
    <message>
        <source>Register a patient</source>
        <translation>Enregistrer un patient</translation>
    </message>
    <message>
        <source>Patients born the same day with a similar name are already registered. Open the patient if it is the same person; register a new patient only if you are sure it is someone else.</source>
        <translation>Des patients nés le même jour et portant un nom proche sont déjà enregistrés. Ouvrez le dossier du patient s&apos;il s&apos;agit de la même personne ; n&apos;enregistrez un nouveau patient que si vous êtes certain qu&apos;il s&apos;agit d&apos;une autre personne.</translation>
    </message>
    <message>
        <source>&amp;Open the selected patient</source>
        <translation>&amp;Ouvrir le patient sélectionné</translation>
    </message>
    <message>
        <source>It is a &amp;new patient: register</source>
        <translation>Il s&apos;agit d&apos;un &amp;nouveau patient : enregistrer</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Correct the fields marked in red.</source>
        <translation>Corrigez les champs signalés en rouge.</translation>
    </message>
</context>
<context>
    <name>wp::gui::PatientIdentityBand</name>
    <message>
        <source>Unknown patient</source>
        <translation>Patient inconnu</translation>
    </message>
    <message>
        <source>born %1 (%2 y)</source>
        <translation>né(e) le %1 (%2 ans)</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>N° %1</translation>
    </message>
    <message>
        <source>IPP %1</source>
        <translation>IPP %1</translation>
    </message>
    <message>
        <source>%1, bed %2</source>
        <translation>%1, lit %2</translation>
    </message>
    <message>
        <source>identity %1</source>
        <translation>identité %1</translation>
    </message>
    <message>
        <source>Allergies not recorded — ask the patient before giving anything.</source>
        <translation>Allergies non renseignées — interrogez le patient avant toute administration.</translation>
    </message>
    <message>
        <source>No known allergy</source>
        <translation>Aucune allergie connue</translation>
    </message>
    <message>
        <source>⚠ ALLERGIES: %1</source>
        <translation>⚠ ALLERGIES : %1</translation>
    </message>
</context>
<context>
    <name>wp::gui::PatientListModel</name>
    <message>
        <source>%1 (%2 y)</source>
        <translation>%1 (%2 ans)</translation>
    </message>
    <message>
        <source>not admitted</source>
        <translation>non admis(e)</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>transféré(e)</translation>
    </message>
    <message>
        <source>discharged</source>
        <translation>sorti(e)</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>décédé(e)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Born (age)</source>
        <translation>Date de naissance (âge)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Downtime number</source>
        <translation>Numéro provisoire</translation>
    </message>
    <message>
        <source>Ward / bed</source>
        <translation>Service / lit</translation>
    </message>
</context>
<context>
    <name>wp::gui::PatientSearchWidget</name>
    <message>
        <source>Name, downtime number, IPP or bed…</source>
        <translation>Nom, numéro provisoire, IPP ou lit…</translation>
    </message>
</context>
<context>
    <name>wp::gui::PatientTabs</name>
    <message>
        <source>Find or register</source>
        <translation>Rechercher ou enregistrer</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
</context>
<context>
    <name>wp::gui::PatientsPage</name>
    <message>
        <source>&amp;Register patient…</source>
        <translation>&amp;Enregistrer un patient…</translation>
    </message>
    <message>
        <source>Open &amp;chart</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>%1 registered with the downtime number %2.</source>
        <translation>%1 enregistré(e) avec le numéro provisoire %2.</translation>
    </message>
</context>
<context>
    <name>wp::gui::PdfPreviewDialog</name>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Impossible de démarrer l&apos;imprimante.</translation>
    </message>
</context>
<context>
    <name>wp::gui::PhonedDialog</name>
    <message>
        <source>Critical result phoned</source>
        <translation>Résultat critique téléphoné</translation>
    </message>
    <message>
        <source>name and role, e.g. Dr Martin, MED</source>
        <translation>nom et fonction, ex. : Dr Martin, MED</translation>
    </message>
    <message>
        <source>&amp;Taken by:</source>
        <translation>&amp;Reçu par :</translation>
    </message>
    <message>
        <source>The receiver read the value and the patient&apos;s identity &amp;back</source>
        <translation>Le destinataire a relu la &amp;valeur et l’identité du patient</translation>
    </message>
    <message>
        <source>&amp;Record the call</source>
        <translation>&amp;Enregistrer l’appel</translation>
    </message>
</context>
<context>
    <name>wp::gui::PlanEditor</name>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablir : %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Fermer %1</translation>
    </message>
    <message>
        <source>Close %1 from %2 to %3</source>
        <translation>Fermer %1 du %2 au %3</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>Rouvrir %1</translation>
    </message>
    <message>
        <source>Postpone %1</source>
        <translation>Reporter %1</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Déplacer %1 vers %2</translation>
    </message>
    <message>
        <source>Lock %1</source>
        <translation>Verrouiller %1</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>Déverrouiller %1</translation>
    </message>
    <message>
        <source>Priority of %1 to P%2</source>
        <translation>Priorité de %1 en P%2</translation>
    </message>
    <message>
        <source>New session %1</source>
        <translation>Nouvelle vacation %1</translation>
    </message>
    <message>
        <source>Edit session %1</source>
        <translation>Modification de la vacation %1</translation>
    </message>
    <message>
        <source>New case %1</source>
        <translation>Nouvelle intervention %1</translation>
    </message>
    <message>
        <source>Edit case %1</source>
        <translation>Modification de l&apos;intervention %1</translation>
    </message>
    <message>
        <source>Accept the proposal</source>
        <translation>Accepter la proposition</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n change(s) of the proposal</source>
        <translation>
            <numerusform>Accepter %n modification de la proposition</numerusform>
            <numerusform>Accepter %n modifications de la proposition</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Annulé : %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Rétabli : %1.</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
</context>
<context>
    <name>wp::gui::PrescribeDialog</name>
    <message>
        <source>Oral</source>
        <translation>Orale</translation>
    </message>
    <message>
        <source>Intravenous</source>
        <translation>Intraveineuse</translation>
    </message>
    <message>
        <source>Intramuscular</source>
        <translation>Intramusculaire</translation>
    </message>
    <message>
        <source>Subcutaneous</source>
        <translation>Sous-cutanée</translation>
    </message>
    <message>
        <source>Sublingual</source>
        <translation>Sublinguale</translation>
    </message>
    <message>
        <source>Inhaled</source>
        <translation>Inhalée</translation>
    </message>
    <message>
        <source>Rectal</source>
        <translation>Rectale</translation>
    </message>
    <message>
        <source>Topical</source>
        <translation>Cutanée</translation>
    </message>
    <message>
        <source>Enteral</source>
        <translation>Entérale</translation>
    </message>
    <message>
        <source>New prescription line</source>
        <translation>Nouvelle ligne de prescription</translation>
    </message>
    <message>
        <source>Drug from the formulary</source>
        <translation>Médicament du livret thérapeutique</translation>
    </message>
    <message>
        <source>Type a few letters of the name, brand or code…</source>
        <translation>Tapez quelques lettres du nom, de la marque ou du code…</translation>
    </message>
    <message>
        <source>Looks or sounds alike — check it is not one of these:</source>
        <translation>Noms ressemblants — vérifiez que ce n&apos;est pas l&apos;un d&apos;eux :</translation>
    </message>
    <message>
        <source>No drug chosen.</source>
        <translation>Aucun médicament choisi.</translation>
    </message>
    <message>
        <source>Dose and schedule</source>
        <translation>Dose et horaires</translation>
    </message>
    <message>
        <source>mg</source>
        <translation>mg</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>µg</source>
        <translation>µg</translation>
    </message>
    <message>
        <source>mL</source>
        <translation>mL</translation>
    </message>
    <message>
        <source>IU</source>
        <translation>UI</translation>
    </message>
    <message>
        <source>tablet(s)</source>
        <translation>comprimé(s)</translation>
    </message>
    <message>
        <source>drop(s)</source>
        <translation>goutte(s)</translation>
    </message>
    <message>
        <source>puff(s)</source>
        <translation>bouffée(s)</translation>
    </message>
    <message>
        <source>Dose:</source>
        <translation>Dose :</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Voie :</translation>
    </message>
    <message>
        <source>At set times</source>
        <translation>À heures fixes</translation>
    </message>
    <message>
        <source>If needed</source>
        <translation>Si besoin</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <source>Times of day:</source>
        <translation>Heures :</translation>
    </message>
    <message>
        <source>e.g. pain above 3/10</source>
        <translation>ex. douleur au-dessus de 3/10</translation>
    </message>
    <message>
        <source>If needed, when:</source>
        <translation>Si besoin, quand :</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>At most, per 24 h:</source>
        <translation>Au plus, par 24 h :</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Minimum interval:</source>
        <translation>Intervalle minimal :</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> jour(s)</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>jusqu&apos;à arrêt</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire :</translation>
    </message>
    <message>
        <source>To prescribe despite the checks above, give your reason</source>
        <translation>Pour prescrire malgré les contrôles ci-dessus, indiquez votre motif</translation>
    </message>
    <message>
        <source>&amp;Prescribe</source>
        <translation>&amp;Prescrire</translation>
    </message>
    <message>
        <source>%1 — HIGH RISK</source>
        <translation>%1 — À RISQUE</translation>
    </message>
    <message>
        <source>%1 — high-risk: a second nurse checks each dose.</source>
        <translation>%1 — à risque : une seconde infirmière contrôle chaque administration.</translation>
    </message>
    <message>
        <source>Choose a drug: the checks run as soon as it is chosen.</source>
        <translation>Choisissez un médicament : les contrôles se font dès qu&apos;il est choisi.</translation>
    </message>
    <message>
        <source>The checks cannot run: %1</source>
        <translation>Les contrôles ne peuvent pas se faire : %1</translation>
    </message>
    <message>
        <source>Check before prescribing:</source>
        <translation>À vérifier avant de prescrire :</translation>
    </message>
    <message>
        <source>No allergy, dose, duplicate or route problem found.</source>
        <translation>Aucun problème d&apos;allergie, de dose, de doublon ni de voie.</translation>
    </message>
    <message>
        <source>&amp;Prescribe despite the checks</source>
        <translation>&amp;Prescrire malgré les contrôles</translation>
    </message>
    <message>
        <source>Choose a drug of the formulary first.</source>
        <translation>Choisissez d&apos;abord un médicament du livret.</translation>
    </message>
</context>
<context>
    <name>wp::gui::PrintPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the preview.</source>
        <translation>Impossible de créer un dossier temporaire pour l&apos;aperçu.</translation>
    </message>
    <message>
        <source>The preview could not be displayed.</source>
        <translation>Impossible d&apos;afficher l&apos;aperçu.</translation>
    </message>
    <message numerus="yes">
        <source>Print preview — %n page(s)</source>
        <translation>
            <numerusform>Aperçu avant impression — %n page</numerusform>
            <numerusform>Aperçu avant impression — %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to %1.</source>
        <translation>
            <numerusform>%n page envoyée à %1.</numerusform>
            <numerusform>%n pages envoyées à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>wp::gui::PrintingPage</name>
    <message>
        <source>One row per patient with allergies, NEWS2 and its trend, what is due in the shift and room to write. Print it before each handover.</source>
        <translation>Une ligne par patient : allergies, NEWS2 et son évolution, soins prévus pendant l&apos;équipe et espace pour écrire. À imprimer avant chaque temps de transmissions.</translation>
    </message>
    <message>
        <source>Travels with a patient leaving for another hospital: reason, destination, SAMU number, summary, allergies, treatments, risks, observations, contacts.</source>
        <translation>Accompagne le patient transféré vers un autre établissement : motif, destination, numéro de régulation SAMU, synthèse, allergies, traitements, risques, constantes, contacts.</translation>
    </message>
    <message>
        <source>A wristband strip and 18 labels with the downtime number and its QR code.</source>
        <translation>Une bande pour bracelet d&apos;identification et 18 étiquettes avec le numéro provisoire et son QR code.</translation>
    </message>
    <message>
        <source>Blank observation chart, medication record and note sheets with the patient&apos;s identity, for when this laptop fails too.</source>
        <translation>Feuilles vierges de surveillance, d&apos;administration des médicaments et de transmissions ciblées, avec l&apos;identité du patient, au cas où ce poste tomberait lui aussi en panne.</translation>
    </message>
    <message>
        <source>Counts for the regional crisis unit: inpatients by ward, admissions, transfers out, discharges, postponed operations and theatre capacity.</source>
        <translation>Chiffres pour la cellule de crise régionale : patients hospitalisés par service, admissions, transferts sortants, sorties, interventions reportées et capacité du bloc opératoire.</translation>
    </message>
    <message>
        <source>Only patients at medium or high NEWS2 risk</source>
        <translation>Uniquement les patients à risque NEWS2 moyen ou élevé</translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation>Ser&amp;vice :</translation>
    </message>
    <message>
        <source>&amp;Shift:</source>
        <translation>É&amp;quipe :</translation>
    </message>
    <message>
        <source>P&amp;atient:</source>
        <translation>Pa&amp;tient :</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>P&amp;rintout:</source>
        <translation>&amp;Document :</translation>
    </message>
    <message>
        <source>Only p&amp;atients:</source>
        <translation>Seuls les pa&amp;tients :</translation>
    </message>
    <message>
        <source>Downtime number or IPP</source>
        <translation>Numéro provisoire ou IPP</translation>
    </message>
    <message>
        <source>Optional: downtime numbers, comma-separated</source>
        <translation>Facultatif : numéros provisoires séparés par des virgules</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s downtime number or IPP.</source>
        <translation>Saisissez le numéro provisoire ou l&apos;IPP du patient.</translation>
    </message>
    <message>
        <source>The request that goes with a specimen or to imaging, with the order&apos;s QR code.</source>
        <translation>Le bon qui accompagne le prélèvement ou le patient en imagerie, avec le code QR de la demande.</translation>
    </message>
    <message>
        <source>One label per tube of an order, with the QR code the laboratory scans.</source>
        <translation>Une étiquette par tube d’une demande, avec le code QR que scanne le laboratoire.</translation>
    </message>
</context>
<context>
    <name>wp::gui::ProposalDialog</name>
    <message>
        <source>Rescheduling proposal</source>
        <translation>Proposition de reprogrammation</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacées</translation>
    </message>
    <message>
        <source>Postponed (now → proposed)</source>
        <translation>Reportées (actuel → proposé)</translation>
    </message>
    <message>
        <source>Late (now → proposed)</source>
        <translation>En retard (actuel → proposé)</translation>
    </message>
    <message>
        <source>Uncheck the changes you do not want, or accept them all. Changes that only work together are refused alone, with the reason.</source>
        <translation>Décochez les modifications que vous ne souhaitez pas, ou acceptez-les toutes. Les modifications qui ne fonctionnent qu&apos;ensemble sont refusées isolément, avec le motif.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>(no slot)</source>
        <translation>(sans créneau)</translation>
    </message>
    <message>
        <source>(postponed)</source>
        <translation>(reportée)</translation>
    </message>
    <message>
        <source>late (%1)</source>
        <translation>en retard (%1)</translation>
    </message>
    <message>
        <source>Reason for postponements:</source>
        <translation>Motif des reports :</translation>
    </message>
    <message>
        <source>Required when a case is postponed, e.g. theatres 3 and 4 closed (plan blanc)</source>
        <translation>Obligatoire en cas de report d&apos;une intervention, par ex. salles 3 et 4 fermées (plan blanc)</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Tout accepter</translation>
    </message>
    <message>
        <source>Accept checked</source>
        <translation>Accepter la sélection</translation>
    </message>
    <message>
        <source>No change is checked.</source>
        <translation>Aucune modification n&apos;est cochée.</translation>
    </message>
    <message>
        <source>Delay score now</source>
        <translation>Score de retard actuel</translation>
    </message>
    <message>
        <source>Delay score proposed</source>
        <translation>Score de retard proposé</translation>
    </message>
    <message>
        <source>%1 (%2), %3 min, surgeon %4</source>
        <translation>%1 (%2), %3 min, chirurgien %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>patient, birth date</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>wp::gui::ResultDialog</name>
    <message>
        <source>Results of %1</source>
        <translation>Résultats de %1</translation>
    </message>
    <message>
        <source>Order %1: %2 · %3 · ordered %4 by %5</source>
        <translation>Demande %1 : %2 · %3 · demandée le %4 par %5</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>Reçu par :</translation>
    </message>
    <message>
        <source>&amp;Paper report</source>
        <translation>Compte rendu &amp;papier</translation>
    </message>
    <message>
        <source>P&amp;hone call</source>
        <translation>Appel &amp;téléphonique</translation>
    </message>
    <message>
        <source>Laborator&amp;y (this laptop)</source>
        <translation>&amp;Laboratoire (cet ordinateur)</translation>
    </message>
    <message>
        <source>Calle&amp;r:</source>
        <translation>&amp;Appelant :</translation>
    </message>
    <message>
        <source>name and function of who is phoning (Dr Leroy, biologist)</source>
        <translation>nom et fonction de la personne qui appelle (Dr Leroy, biologiste)</translation>
    </message>
    <message>
        <source>Result &amp;time:</source>
        <translation>&amp;Heure du résultat :</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Reference range</source>
        <translation>Valeurs de référence</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>the radiologist&apos;s report, as written or dictated</source>
        <translation>le compte rendu du radiologue, tel qu&apos;écrit ou dicté</translation>
    </message>
    <message>
        <source>Critical &amp;finding: it must reach a doctor now</source>
        <translation>Résultat &amp;critique : à transmettre à un médecin immédiatement</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>en dessous de %1</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>au-dessus de %1</translation>
    </message>
    <message>
        <source>Critical: %1</source>
        <translation>Critique : %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>critical: %1</source>
        <translation>critique : %1</translation>
    </message>
    <message>
        <source>Every result of this order is in.</source>
        <translation>Tous les résultats de cette demande sont arrivés.</translation>
    </message>
    <message>
        <source>born %1 · downtime No. %2</source>
        <translation>né(e) le %1 · N° provisoire %2</translation>
    </message>
    <message>
        <source>Read each value back to the caller and type it again as you read it. The values typed before are hidden: the two must agree.</source>
        <translation>Relisez chaque valeur à l&apos;appelant et saisissez-la à nouveau en la relisant. Les valeurs saisies avant sont masquées : les deux doivent concorder.</translation>
    </message>
    <message>
        <source>I read it back to the caller, who agreed</source>
        <translation>Je l&apos;ai relu à l&apos;appelant, qui l&apos;a confirmé</translation>
    </message>
    <message>
        <source>I c&amp;onfirmed name, birth date and downtime number with the caller</source>
        <translation>J&apos;ai &amp;vérifié le nom, la date de naissance et le numéro provisoire avec l&apos;appelant</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Next: read back…</source>
        <translation>&amp;Suivant : relecture…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Type at least one result.</source>
        <translation>Saisissez au moins un résultat.</translation>
    </message>
    <message>
        <source>Correct the values marked in red.</source>
        <translation>Corrigez les valeurs signalées en rouge.</translation>
    </message>
    <message>
        <source>Who phoned the result? Type the caller&apos;s name.</source>
        <translation>Qui a téléphoné le résultat ? Saisissez le nom de l&apos;appelant.</translation>
    </message>
    <message>
        <source>What was read back is not what was entered: nothing is saved. Check it with the caller.</source>
        <translation>La relecture ne correspond pas à la saisie : rien n&apos;est enregistré. Vérifiez avec l&apos;appelant.</translation>
    </message>
    <message>
        <source>Confirm the patient&apos;s name, birth date and downtime number with the caller.</source>
        <translation>Vérifiez le nom, la date de naissance et le numéro provisoire du patient avec l&apos;appelant.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n&apos;a été enregistré : %1</translation>
    </message>
</context>
<context>
    <name>wp::gui::ResultsView</name>
    <message>
        <source>Test</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Resulted</source>
        <translation>Résultat le</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Reçu par</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Trend:</source>
        <translation>Évolution :</translation>
    </message>
    <message>
        <source>Trend: no numeric result yet</source>
        <translation>Évolution : aucun résultat chiffré pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>wp::gui::SessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Nouvelle vacation</translation>
    </message>
    <message>
        <source>Edit session %1</source>
        <translation>Modifier la vacation %1</translation>
    </message>
    <message>
        <source>Session &amp;id:</source>
        <translation>&amp;Identifiant de la vacation :</translation>
    </message>
    <message>
        <source>&amp;Theatre:</source>
        <translation>&amp;Salle :</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>empty or * for any specialty</source>
        <translation>vide ou * pour toutes les spécialités</translation>
    </message>
    <message>
        <source>S&amp;pecialty:</source>
        <translation>S&amp;pécialité :</translation>
    </message>
</context>
<context>
    <name>wp::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>wp::gui::TheatreBoard</name>
    <message>
        <source>Theatre week board</source>
        <translation>Tableau de la semaine du bloc</translation>
    </message>
    <message>
        <source>No theatre schedule yet: import one or add sessions.</source>
        <translation>Pas encore de programme opératoire : importez-en un ou ajoutez des vacations.</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <source>Drop %1 on a session.</source>
        <translation>Déposez %1 sur une vacation.</translation>
    </message>
    <message>
        <source>%1 — P%2 — %3
%4, %5 min, %6
Starts %7; deadline %8</source>
        <translation>%1 — P%2 — %3
%4, %5 min, %6
Début à %7 ; date limite %8</translation>
    </message>
    <message>
        <source>After its deadline!</source>
        <translation>Après sa date limite !</translation>
    </message>
    <message>
        <source>Locked in this session.</source>
        <translation>Verrouillée dans cette vacation.</translation>
    </message>
    <message>
        <source>any specialty</source>
        <translation>toutes spécialités</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Fermée : %1</translation>
    </message>
    <message>
        <source>Drop to put %1 in %2 at %3.</source>
        <translation>Déposez pour placer %1 dans %2 à %3.</translation>
    </message>
    <message>
        <source>%1 — %2%3
Session %4</source>
        <translation>%1 — %2%3
Vacation %4</translation>
    </message>
</context>
<context>
    <name>wp::gui::TheatrePage</name>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import the last known schedule (sessions and cases CSV)</source>
        <translation>Importer le dernier programme connu (CSV des vacations et des interventions)</translation>
    </message>
    <message>
        <source>Session…</source>
        <translation>Vacation…</translation>
    </message>
    <message>
        <source>Case…</source>
        <translation>Intervention…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Close theatre…</source>
        <translation>Fermer une salle…</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Reprogrammer</translation>
    </message>
    <message>
        <source>Let the engine propose a new plan (Ctrl+R)</source>
        <translation>Laisser le moteur proposer un nouveau programme (Ctrl+R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Day list per theatre…</source>
        <translation>Programme du jour par salle…</translation>
    </message>
    <message>
        <source>Letters to patients…</source>
        <translation>Courriers aux patients…</translation>
    </message>
    <message>
        <source>Call list…</source>
        <translation>Liste d&apos;appels…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Export plan CSV…</source>
        <translation>Exporter le programme en CSV…</translation>
    </message>
    <message>
        <source>Week:</source>
        <translation>Semaine :</translation>
    </message>
    <message>
        <source>Specialty:</source>
        <translation>Spécialité :</translation>
    </message>
    <message>
        <source>Surgeon:</source>
        <translation>Chirurgien :</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needing a slot&lt;/b&gt; (drag onto the board)</source>
        <translation>&lt;b&gt;En attente d&apos;un créneau&lt;/b&gt; (faire glisser sur le tableau)</translation>
    </message>
    <message>
        <source>All specialties</source>
        <translation>Toutes les spécialités</translation>
    </message>
    <message>
        <source>All surgeons</source>
        <translation>Tous les chirurgiens</translation>
    </message>
    <message>
        <source>Week %1 — %2</source>
        <translation>Semaine %1 — %2</translation>
    </message>
    <message>
        <source>P%1 %2 · %3 · %4 min · by %5</source>
        <translation>P%1 %2 · %3 · %4 min · au plus tard le %5</translation>
    </message>
    <message>
        <source>%1, %2 (%3)%4</source>
        <translation>%1, %2 (%3)%4</translation>
    </message>
    <message>
        <source>Postponed: %1</source>
        <translation>Reportée : %1</translation>
    </message>
    <message>
        <source>Imported %1 sessions (%2 closed) and %3 cases: %4 booked, %5 needing a slot, %6 linked to registered patients.</source>
        <translation>%1 vacations importées (%2 fermées) et %3 interventions : %4 programmées, %5 en attente d&apos;un créneau, %6 rattachées à des patients enregistrés.</translation>
    </message>
    <message numerus="yes">
        <source>Closed %n session(s); their cases now need a slot.</source>
        <translation>
            <numerusform>%n vacation fermée ; ses interventions attendent désormais un créneau.</numerusform>
            <numerusform>%n vacations fermées ; leurs interventions attendent désormais un créneau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 closed for %n session(s); their cases now need a slot.</source>
        <translation>
            <numerusform>%1 : %n vacation fermée ; ses interventions attendent désormais un créneau.</numerusform>
            <numerusform>%1 : %n vacations fermées ; leurs interventions attendent désormais un créneau.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Intervention %1 introuvable.</translation>
    </message>
    <message>
        <source>Postpone %1</source>
        <translation>Reporter %1</translation>
    </message>
    <message>
        <source>Why is this operation postponed?</source>
        <translation>Pourquoi cette intervention est-elle reportée ?</translation>
    </message>
    <message>
        <source>Not postponed: a reason is required.</source>
        <translation>Non reportée : un motif est obligatoire.</translation>
    </message>
    <message>
        <source>Move refused: %1</source>
        <translation>Déplacement refusé : %1</translation>
    </message>
    <message>
        <source>Cannot undo or redo: %1</source>
        <translation>Impossible d&apos;annuler ou de rétablir : %1</translation>
    </message>
    <message>
        <source>%1 postponed: %2</source>
        <translation>%1 reportée : %2</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1 déplacée vers %2.</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>Déverrouiller %1</translation>
    </message>
    <message>
        <source>%1 is locked: rescheduling keeps it in its session.</source>
        <translation>%1 est verrouillée : la reprogrammation la maintient dans sa vacation.</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>%1 est déverrouillée.</translation>
    </message>
    <message>
        <source>%1 is now P%2.</source>
        <translation>%1 est désormais en P%2.</translation>
    </message>
    <message>
        <source>Session %1 saved.</source>
        <translation>Vacation %1 enregistrée.</translation>
    </message>
    <message>
        <source>Case %1 added: it needs a slot.</source>
        <translation>Intervention %1 ajoutée : elle attend un créneau.</translation>
    </message>
    <message>
        <source>Case %1 saved.</source>
        <translation>Intervention %1 enregistrée.</translation>
    </message>
    <message>
        <source>Priority of %1</source>
        <translation>Priorité de %1</translation>
    </message>
    <message>
        <source>New priority:</source>
        <translation>Nouvelle priorité :</translation>
    </message>
    <message>
        <source>Why does the priority change?</source>
        <translation>Pourquoi la priorité change-t-elle ?</translation>
    </message>
    <message>
        <source>Priority unchanged: a reason is required.</source>
        <translation>Priorité inchangée : un motif est obligatoire.</translation>
    </message>
    <message>
        <source>Starting — %p%</source>
        <translation>Démarrage — %p%</translation>
    </message>
    <message numerus="yes">
        <source>Rescheduling %n case(s)… the board stays usable; edits made meanwhile make the proposal stale.</source>
        <translation>
            <numerusform>Reprogrammation de %n intervention… Le tableau reste utilisable ; les modifications faites entre-temps rendront la proposition obsolète.</numerusform>
            <numerusform>Reprogrammation de %n interventions… Le tableau reste utilisable ; les modifications faites entre-temps rendront la proposition obsolète.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rescheduling cancelled: the plan is unchanged.</source>
        <translation>Reprogrammation annulée : le programme est inchangé.</translation>
    </message>
    <message>
        <source>Proposal ready in %1 s: %2</source>
        <translation>Proposition prête en %1 s : %2</translation>
    </message>
    <message>
        <source>Proposal accepted: %1</source>
        <translation>Proposition acceptée : %1</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n change(s) of the proposal.</source>
        <translation>
            <numerusform>%n modification de la proposition acceptée.</numerusform>
            <numerusform>%n modifications de la proposition acceptées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan written to %1.</source>
        <translation>Programme écrit dans %1.</translation>
    </message>
    <message>
        <source>Day list</source>
        <translation>Programme du jour</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Jour :</translation>
    </message>
    <message>
        <source>Day list %1</source>
        <translation>Programme du jour %1</translation>
    </message>
    <message>
        <source>Letters to patients</source>
        <translation>Courriers aux patients</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Liste d&apos;appels</translation>
    </message>
    <message>
        <source>Lock %1 in its session</source>
        <translation>Verrouiller %1 dans sa vacation</translation>
    </message>
    <message>
        <source>Change priority…</source>
        <translation>Modifier la priorité…</translation>
    </message>
    <message>
        <source>Edit case…</source>
        <translation>Modifier l&apos;intervention…</translation>
    </message>
    <message>
        <source>Postpone…</source>
        <translation>Reporter…</translation>
    </message>
    <message>
        <source>Edit session %1…</source>
        <translation>Modifier la vacation %1…</translation>
    </message>
    <message>
        <source>Close session %1…</source>
        <translation>Fermer la vacation %1…</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Fermer %1</translation>
    </message>
    <message>
        <source>Why is this session closed?</source>
        <translation>Pourquoi cette vacation est-elle fermée ?</translation>
    </message>
    <message>
        <source>Reopen session %1</source>
        <translation>Rouvrir la vacation %1</translation>
    </message>
    <message>
        <source>Sessions file (sessions.csv)</source>
        <translation>Fichier des vacations (sessions.csv)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cases file (cases.csv)</source>
        <translation>Fichier des interventions (cases.csv)</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Exporter le programme</translation>
    </message>
    <message>
        <source>Undo history cleared: the import replaced the schedule.</source>
        <translation>Historique d&apos;annulation effacé : l&apos;import a remplacé le programme.</translation>
    </message>
    <message>
        <source>%1 is in %2 at %3.</source>
        <translation>%1 est dans %2 à %3.</translation>
    </message>
    <message>
        <source>%1 is already the first case of %2.</source>
        <translation>%1 est déjà la première intervention de %2.</translation>
    </message>
    <message>
        <source>%1 is already the last case of %2.</source>
        <translation>%1 est déjà la dernière intervention de %2.</translation>
    </message>
    <message>
        <source>%1 reopened.</source>
        <translation>%1 rouverte.</translation>
    </message>
</context>
<context>
    <name>wp::gui::UnscheduledList</name>
    <message>
        <source>Cases needing a slot</source>
        <translation>Interventions en attente d&apos;un créneau</translation>
    </message>
</context>
<context>
    <name>wp::gui::UserGuideWindow</name>
    <message>
        <source>WhitePlan user guide</source>
        <translation>Guide de l&apos;utilisateur de WhitePlan</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
</context>
<context>
    <name>wp::gui::UserTableModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>wp::gui::WardBoardModel</name>
    <message>
        <source>(no bed)</source>
        <translation>(sans lit)</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>%1 y, %2</source>
        <translation>%1 ans, %2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>no known allergy</source>
        <translation>aucune allergie connue</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none yet: due now</source>
        <translation>aucun relevé : à faire maintenant</translation>
    </message>
    <message>
        <source>last %1, incomplete</source>
        <translation>dernier relevé %1, incomplet</translation>
    </message>
    <message>
        <source>OVERDUE since %1</source>
        <translation>EN RETARD depuis %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>prévu à %1</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue: %1</source>
        <translation>
            <numerusform>%n dose en retard : %1</numerusform>
            <numerusform>%n doses en retard : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Lit</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Age, sex</source>
        <translation>Âge, sexe</translation>
    </message>
    <message>
        <source>Downtime no.</source>
        <translation>N° provisoire</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>NEWS2</source>
        <translation>NEWS2</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Constantes</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Planned transfer</source>
        <translation>Transfert prévu</translation>
    </message>
    <message>
        <source>Planned surgery</source>
        <translation>Intervention prévue</translation>
    </message>
    <message>
        <source>continuous monitoring: no set charted since %1</source>
        <translation>surveillance continue : aucun relevé noté depuis %1</translation>
    </message>
    <message>
        <source>continuous monitoring, last %1</source>
        <translation>surveillance continue, dernier relevé %1</translation>
    </message>
    <message>
        <source>next: %1 %2</source>
        <translation>prochaine : %1 %2</translation>
    </message>
    <message>
        <source>1 line, no dose due within 24 h</source>
        <translation>1 ligne, aucune prise prévue dans les 24 h</translation>
    </message>
    <message>
        <source>%1 lines, no dose due within 24 h</source>
        <translation>%1 lignes, aucune prise prévue dans les 24 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 pending, %2 overdue</source>
        <translation>%1 en attente, %2 en retard</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <source> (+%1)</source>
        <translation> (+%1)</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Labo</translation>
    </message>
</context>
<context>
    <name>wp::gui::WardBoardPage</name>
    <message>
        <source>&amp;Ward:</source>
        <translation>Ser&amp;vice :</translation>
    </message>
    <message>
        <source>ADMISSIONS LIMITED</source>
        <translation>ADMISSIONS LIMITÉES</translation>
    </message>
    <message>
        <source>Admissions limit per 24 h:</source>
        <translation>Limite d&apos;admissions par 24 h :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>White plan: how many new patients this ward accepts per 24 hours (administrators).</source>
        <translation>Plan blanc : nombre de nouveaux patients que ce service accepte par 24 heures (administrateurs).</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>&amp;Register patient…</source>
        <translation>&amp;Nouveau patient…</translation>
    </message>
    <message>
        <source>&amp;Admit to bed…</source>
        <translation>A&amp;dmettre…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>Dé&amp;placer…</translation>
    </message>
    <message>
        <source>&amp;Transfer out…</source>
        <translation>&amp;Transférer…</translation>
    </message>
    <message>
        <source>&amp;Discharge…</source>
        <translation>So&amp;rtie…</translation>
    </message>
    <message>
        <source>Open &amp;chart</source>
        <translation>Ouvrir le d&amp;ossier</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Beds occupied: %1 / %2 — free: %3 — admitted in the last 24 h: %4</source>
        <translation>Lits occupés : %1 / %2 — libres : %3 — admis ces dernières 24 h : %4</translation>
    </message>
    <message>
        <source> (limit %1)</source>
        <translation> (limite %1)</translation>
    </message>
    <message>
        <source>ADMISSIONS LIMIT REACHED</source>
        <translation>LIMITE D&apos;ADMISSIONS ATTEINTE</translation>
    </message>
    <message>
        <source>Select a bed first.</source>
        <translation>Sélectionnez d&apos;abord un lit.</translation>
    </message>
    <message>
        <source>%1 admitted to bed %2.</source>
        <translation>%1 admis(e) au lit %2.</translation>
    </message>
    <message>
        <source>%1 moved to %2 bed %3.</source>
        <translation>%1 déplacé(e) vers %2, lit %3.</translation>
    </message>
    <message>
        <source>%1 transferred out.</source>
        <translation>%1 transféré(e) vers un autre établissement.</translation>
    </message>
    <message>
        <source>%1 discharged.</source>
        <translation>Sortie de %1 enregistrée.</translation>
    </message>
    <message>
        <source>Death of %1 recorded.</source>
        <translation>Décès de %1 enregistré.</translation>
    </message>
    <message>
        <source>%1 registered with the downtime number %2. Select a free bed and press Admit.</source>
        <translation>%1 enregistré(e) avec le numéro provisoire %2. Sélectionnez un lit libre et cliquez sur Admettre.</translation>
    </message>
    <message>
        <source>Admissions are no longer limited.</source>
        <translation>Les admissions ne sont plus limitées.</translation>
    </message>
    <message>
        <source>Admissions limited to %1 per 24 h.</source>
        <translation>Admissions limitées à %1 par 24 h.</translation>
    </message>
    <message>
        <source>D&amp;eath…</source>
        <translation>Dé&amp;cès…</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
</context>
<context>
    <name>wp::gui::WardCensusPage</name>
    <message>
        <source>Wards</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Ward / bed</source>
        <translation>Service / lit</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Age / sex</source>
        <translation>Âge / sexe</translation>
    </message>
    <message>
        <source>Downtime number</source>
        <translation>Numéro provisoire</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>The wards could not be read: %1</source>
        <translation>Impossible de lire les services : %1</translation>
    </message>
    <message>
        <source>The census of %1 could not be read: %2</source>
        <translation>Impossible de lire la liste des présents de %1 : %2</translation>
    </message>
    <message>
        <source>Bed %1</source>
        <translation>Lit %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>no known allergy</source>
        <translation>aucune allergie connue</translation>
    </message>
    <message>
        <source>%1 y, %2</source>
        <translation>%1 ans, %2</translation>
    </message>
    <message>
        <source>%1 of %2 beds occupied</source>
        <translation>%1 lits occupés sur %2</translation>
    </message>
    <message>
        <source>No ward is set up on this laptop yet.</source>
        <translation>Aucun service n&apos;est encore configuré sur ce poste.</translation>
    </message>
    <message>
        <source>Wards: %1 · Beds: %2 · Patients in a bed: %3</source>
        <translation>Services : %1 · Lits : %2 · Patients installés : %3</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
</context>
<context>
    <name>wp::gui::WardsArea</name>
    <message>
        <source>Ward board</source>
        <translation>Tableau du service</translation>
    </message>
    <message>
        <source>Census of all wards</source>
        <translation>Liste des présents de tous les services</translation>
    </message>
</context>
<context>
    <name>wp::medication::LineSafety</name>
    <message>
        <source>Prescribed despite: %1 Reason (%2): %3</source>
        <translation>Prescrit malgré : %1 Motif (%2) : %3</translation>
    </message>
</context>
<context>
    <name>wp::orders::Order</name>
    <message>
        <source>ordered</source>
        <translation>demandé</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>prélevé</translation>
    </message>
    <message>
        <source>received by the lab</source>
        <translation>reçu au laboratoire</translation>
    </message>
    <message>
        <source>partly resulted</source>
        <translation>résultats partiels</translation>
    </message>
    <message>
        <source>resulted</source>
        <translation>résultats rendus</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>résultats vus</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>STAT</source>
        <extracomment>Priority of a test order: &quot;immediately&quot; (French: « vital » / « immédiat »).</extracomment>
        <translation>vital</translation>
    </message>
</context>
</TS>
