// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/collectors/upgrade_features.h"

namespace urs {

const QList<UpgradeFeature> &UpgradeFeatures::all()
{
    static const QList<UpgradeFeature> list = {
        {"IIS-*", "Internet Information Services: web sites and their configuration must migrate"},
        {"WAS-*", "Windows Process Activation Service (used by IIS and WCF hosting)"},
        {"Microsoft-Hyper-V*", "Hyper-V: virtual machines and virtual switches must migrate"},
        {"NetFx3", ".NET Framework 3.5: installed from features on demand, re-added after upgrade"},
        {"TelnetClient", "Telnet client: added by hand, not on by default"},
        {"TelnetServer", "Telnet server: removed from Windows 10"},
        {"TFTP", "TFTP client: added by hand"},
        // On by default in 8.1, but Windows 10 1709 and later remove SMB1 when unused, so
        // anything that still needs it breaks after the upgrade.
        {"SMB1Protocol", "SMB 1.0/CIFS: removed from later Windows 10 and Windows 11 installs"},
        {"SimpleTCP", "Simple TCP/IP services"},
        {"SNMP", "SNMP service: deprecated"},
        {"MSMQ-*", "Message Queuing: queues must migrate"},
        {"ServicesForNFS-*", "Services for NFS"},
        {"ClientForNFS-*", "Client for NFS"},
        {"DirectoryServices-ADAM-Client", "Active Directory Lightweight Directory Services"},
        {"Printing-Foundation-LPDPrintService", "LPD print service"},
        {"Windows-Identity-Foundation", "Windows Identity Foundation 3.5"},
        {"LegacyComponents", "Legacy components (DirectPlay)"},
        {"DirectPlay", "DirectPlay"},
        {"TIFFIFilter", "TIFF IFilter"},
    };
    return list;
}

const UpgradeFeature *UpgradeFeatures::match(const QString &featureName)
{
    for (const UpgradeFeature &f : all()) {
        const QString pattern = QString::fromLatin1(f.pattern);
        if (pattern.endsWith(QLatin1Char('*'))
                ? featureName.startsWith(pattern.chopped(1), Qt::CaseInsensitive)
                : featureName.compare(pattern, Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

} // namespace urs
