#include "ExampleInventory.h"

#include "Store.h"

namespace steward {
namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

/// Small helpers over Store that stop at the first error.
class Builder
{
public:
    Builder(Store &store, QString *error)
        : m_store(store)
        , m_error(error)
    {}

    bool ok() const { return m_ok; }

    qint64 item(Item item)
    {
        if (!m_ok)
            return 0;
        auto id = m_store.createItem(item, m_error);
        m_ok = id.has_value();
        return id.value_or(0);
    }

    qint64 provider(qint64 parent, const char *name, ProviderKind kind, const char *website, const char *description,
                    const char *notes = "")
    {
        Item p;
        p.kind = ItemKind::Provider;
        p.parentId = parent;
        p.name = s(name);
        p.providerKind = kind;
        p.website = s(website);
        p.description = s(description);
        p.notes = s(notes);
        return item(p);
    }

    qint64 host(qint64 provider, const char *name, HostKind kind, const char *hostname, const char *description,
                const char *status = "active", const char *notes = "")
    {
        Item h;
        h.kind = ItemKind::Host;
        h.parentId = provider;
        h.name = s(name);
        h.hostKind = kind;
        h.hostname = s(hostname);
        h.description = s(description);
        h.status = s(status);
        h.notes = s(notes);
        return item(h);
    }

    qint64 service(qint64 parent, const char *name, const char *url, const char *description,
                   const char *status = "active", const char *notes = "", const char *sourceUrl = "")
    {
        Item v;
        v.kind = ItemKind::Service;
        v.parentId = parent;
        v.name = s(name);
        v.url = s(url);
        v.description = s(description);
        v.status = s(status);
        v.notes = s(notes);
        v.sourceUrl = s(sourceUrl);
        return item(v);
    }

    qint64 contact(ContactKind kind, const char *name, QVector<Address> addresses = {}, const char *notes = "",
                   qint64 team = 0)
    {
        if (!m_ok)
            return 0;
        Contact c;
        c.kind = kind;
        c.name = s(name);
        c.addresses = std::move(addresses);
        c.notes = s(notes);
        c.teamId = team;
        auto id = m_store.createContact(c, m_error);
        m_ok = id.has_value();
        return id.value_or(0);
    }

    void member(qint64 team, qint64 person, const char *role, const char *note = "")
    {
        if (!m_ok)
            return;
        TeamMember m;
        m.teamId = team;
        m.memberId = person;
        m.role = s(role);
        m.note = s(note);
        m_ok = m_store.setTeamMember(m, m_error);
    }

    void assign(qint64 item, qint64 contact, const char *role, Priority priority, const char *note = "")
    {
        if (!m_ok)
            return;
        Assignment a;
        a.itemId = item;
        a.contactId = contact;
        a.role = s(role);
        a.priority = priority;
        a.note = s(note);
        m_ok = m_store.addAssignment(a, m_error).has_value();
    }

    void link(qint64 from, qint64 to, LinkKind kind, const char *note = "")
    {
        if (!m_ok)
            return;
        Link l;
        l.fromItem = from;
        l.toItem = to;
        l.type = keys::linkKind(kind);
        l.note = s(note);
        m_ok = m_store.addLink(l, m_error).has_value();
    }

private:
    Store &m_store;
    QString *m_error;
    bool m_ok = true;
};

Address email(const char *value, const char *label = "")
{
    return {0, AddressKind::Email, s(value), s(label)};
}

Address irc(const char *value, const char *label = "")
{
    return {0, AddressKind::Irc, s(value), s(label)};
}

Address url(const char *value, const char *label = "")
{
    return {0, AddressKind::Url, s(value), s(label)};
}

} // namespace

bool ExampleInventory::populate(Store &store, QString *error)
{
    return store.write(
        [&store](QString *err) {
            Builder b(store, err);

            // ---- the organisation
            Item psf;
            psf.kind = ItemKind::Organisation;
            psf.name = s("Python Software Foundation");
            psf.description = s("The PSF runs a wide variety of infrastructure services to support its mission, "
                                "from the PyCon site (https://us.pycon.org) to the CPython Mercurial server "
                                "(http://hg.python.org).");
            psf.notes = s("The infrastructure team is ultimately responsible for maintaining PSF infrastructure. "
                          "It is not, however, required to be a member of the infrastructure team to run a PSF "
                          "service: the day to day operations of most services are handled by people not on the "
                          "infrastructure team.");
            const qint64 org = b.item(psf);

            // ---- providers and their hosts
            const qint64 xs4all = b.provider(
                org, "XS4ALL", ProviderKind::HardwareHosting, "",
                "By far the oldest Python infrastructure provider. Two physical servers owned by the PSF are at "
                "XS4ALL: albatross and dinsdale.",
                "We try not to put anything new on the XS4ALL servers, preferring modern cloud providers.");
            const qint64 albatross =
                b.host(xs4all, "albatross", HostKind::Physical, "albatross", "The mail server. Owned by the PSF.");
            const qint64 dinsdale = b.host(xs4all, "dinsdale", HostKind::Physical, "dinsdale",
                                           "Hosts a number of legacy services. Owned by the PSF.");
            b.host(xs4all, "ximinez", HostKind::Physical, "ximinez", "A physical server at XS4ALL.", "unreachable",
                   "There also used to be one called ximinez, but it seems to be unreachable now.");

            Item osuosl;
            osuosl.kind = ItemKind::Provider;
            osuosl.parentId = org;
            osuosl.name = s("OSUOSL");
            osuosl.fullName = s("Oregon State University Open Source Lab");
            osuosl.providerKind = ProviderKind::VmHosting;
            osuosl.website = s("http://osuosl.org/");
            osuosl.description = s("Hosts VMs for the PSF. These VMs are provisioned using Chef.");
            osuosl.configTool = s("Chef");
            osuosl.configToolUrl = s("http://www.getchef.com");
            osuosl.configRepo = s("https://github.com/python/psf-chef");
            const qint64 osu = b.item(osuosl);
            const char *osuVm = "An OSUOSL VM, provisioned with Chef (psf-chef).";
            const qint64 hgVm = b.host(osu, "OSUOSL VM for hg.python.org", HostKind::Vm, "", osuVm);
            const qint64 wikiVm = b.host(osu, "OSUOSL VM for wiki.python.org", HostKind::Vm, "", osuVm);
            const qint64 wwwVm = b.host(osu, "OSUOSL VM for www.python.org", HostKind::Vm, "", osuVm);
            const qint64 pyconVm = b.host(osu, "OSUOSL VM for the PyCon website", HostKind::Vm, "", osuVm);
            const qint64 pypyVm = b.host(osu, "OSUOSL VM for the PyPy website", HostKind::Vm, "", osuVm);

            Item rack;
            rack.kind = ItemKind::Provider;
            rack.parentId = org;
            rack.name = s("Rackspace");
            rack.providerKind = ProviderKind::VmHosting;
            rack.website = s("http://www.rackspace.com");
            rack.description = s("The newest cloud provider utilized by the PSF. It hosts PyPI and an increasing "
                                 "number of python.org-related services (Python downloads, docs.python.org).");
            rack.configTool = s("Salt");
            rack.configToolUrl = s("http://www.saltstack.com");
            rack.configRepo = s("https://github.com/python/pypi-salt");
            rack.notes = s("Salt is used for configuration management; PyPI's infrastructure is configured by "
                           "pypi-salt.");
            const qint64 rackspace = b.item(rack);
            const char *rackVm = "A Rackspace VM.";
            const qint64 docsVm = b.host(rackspace, "Rackspace VM for docs.python.org", HostKind::Vm, "", rackVm);
            const qint64 jythonVm = b.host(rackspace, "Rackspace VM for www.jython.org", HostKind::Vm, "", rackVm);
            const qint64 downloadsVm = b.host(rackspace, "Rackspace VM for Python downloads", HostKind::Vm, "", rackVm);

            const qint64 dyn =
                b.provider(org, "Dyn", ProviderKind::Dns, "http://www.dyn.com", "DNS hosting on most of our domains.");
            const qint64 gandi =
                b.provider(org, "Gandi", ProviderKind::Registrar, "http://www.gandi.net", "Our domain registrar.");
            const qint64 fastly = b.provider(
                org, "Fastly", ProviderKind::Cdn, "http://www.fastly.com",
                "Generously donates its content distribution network (CDN) to the PSF. Our highest traffic "
                "services (PyPI, www.python.org, docs.python.org) use this CDN to improve end-user latency.");
            const qint64 upfront =
                b.provider(org, "Upfront Systems", ProviderKind::Other, "http://www.upfrontsystems.co.za",
                           "Donated the server that hosts bugs.python.org.");
            const qint64 upfrontServer = b.host(upfront, "Upfront Systems server", HostKind::Physical, "",
                                                "A server donated by Upfront Systems.");

            b.link(org, dyn, LinkKind::DnsBy, "most of our domains");
            b.link(org, gandi, LinkKind::RegisteredAt);

            // ---- services
            const qint64 buildbot = b.service(org, "Buildbot", "http://buildbot.python.org", "The buildbot master.",
                                              "active", "Where it runs is not recorded.");
            const qint64 bugs = b.service(upfrontServer, "bugs.python.org", "http://bugs.python.org",
                                          "The Python issue tracker, hosted using a server donated by Upfront "
                                          "Systems.");
            const qint64 docs =
                b.service(docsVm, "docs.python.org", "https://docs.python.org", "The Python documentation.");
            const qint64 hg =
                b.service(hgVm, "hg.python.org", "http://hg.python.org", "The CPython Mercurial repositories.");
            const qint64 mail =
                b.service(albatross, "mail.python.org", "https://mail.python.org",
                          "The python.org Mailman (http://list.org) instance, as well as SMTP (Postfix).", "active",
                          "Runs on albatross, the mail server.");
            b.service(dinsdale, "planet.python.org", "http://planet.python.org", "Planet Python.", "needs-move",
                      "Hosted on dinsdale; needs to be moved.");
            const qint64 wiki = b.service(wikiVm, "wiki.python.org", "http://wiki.python.org", "The Python wiki.");
            const qint64 jython = b.service(jythonVm, "www.jython.org", "http://www.jython.org", "The Jython website.",
                                            "active", "The setup is quite simple and shouldn't require much tweaking.");
            const qint64 www =
                b.service(wwwVm, "www.python.org", "https://www.python.org/", "The main Python website, a Django app.",
                          "active", "The whole site is behind Fastly.", "https://github.com/python/pythondotorg");
            const qint64 downloads = b.service(downloadsVm, "Python downloads", "https://www.python.org/ftp/",
                                               "Everything under https://www.python.org/ftp/.", "active",
                                               "Part of www.python.org; the whole site is behind Fastly.");
            b.service(org, "staging.python.org", "http://staging.python.org", "For testing www.python.org.", "staging",
                      "Where it runs is not recorded.");
            b.service(dinsdale, "legacy.python.org", "http://legacy.python.org", "The old website.", "legacy",
                      "Still the canonical source for PEPs because the new website's PEPs app isn't ready yet.");
            const qint64 pycon = b.service(pyconVm, "PyCon website", "https://us.pycon.org", "The PyCon website.");
            const qint64 pypi =
                b.service(rackspace, "PyPI", "https://pypi.python.org/",
                          "The Python Package Index. It sees the most load of any PSF service.", "active",
                          "All of its infrastructure runs on Rackspace, configured by pypi-salt "
                          "(https://github.com/python/pypi-salt).");
            const qint64 pypy = b.service(pypyVm, "PyPy website", "http://pypy.org", "The PyPy website.");

            for (qint64 fronted : {docs, www, downloads, pypi})
                b.link(fronted, fastly, LinkKind::FrontedBy);

            // ---- the infrastructure team, its list and channel
            const qint64 team = b.contact(
                ContactKind::Team, "Infrastructure team",
                {email("infrastructure-staff@python.org", "the best way to contact the team"),
                 irc("irc://irc.freenode.net/#python-infra", "#python-infra on Freenode")},
                "Ultimately responsible for maintaining PSF infrastructure. Can assist in setting up new services "
                "and advise maintainers of individual services. Its members also generally handle changes to "
                "sensitive global systems such as DNS.");
            const qint64 staffList = b.contact(ContactKind::MailingList, "infrastructure-staff@python.org",
                                               {email("infrastructure-staff@python.org")},
                                               "The best way to contact the infrastructure team.", team);
            const qint64 channel = b.contact(
                ContactKind::ChatChannel, "#python-infra",
                {irc("irc://irc.freenode.net/#python-infra", "Freenode"), url("http://freenode.net", "Freenode")},
                "There's also often people hanging out here.", team);

            const qint64 noah = b.contact(ContactKind::Person, "Noah Kantrowitz");
            const qint64 ernest = b.contact(ContactKind::Person, "Ernest W. Durbin III");
            const qint64 bsmith = b.contact(ContactKind::Person, "Benjamin W. Smith");
            const qint64 donald = b.contact(ContactKind::Person, "Donald Stufft");
            const qint64 benjamin = b.contact(ContactKind::Person, "Benjamin Peterson");
            const qint64 alex = b.contact(ContactKind::Person, "Alex Gaynor");
            b.member(team, noah, "lead");
            b.member(team, ernest, "member");
            b.member(team, bsmith, "member");
            b.member(team, donald, "member");
            b.member(team, benjamin, "member");
            b.member(team, alex, "member", "has no responsibilities");

            const qint64 antoine = b.contact(ContactKind::Person, "Antoine Pitrou");
            const qint64 georg = b.contact(ContactKind::Person, "Georg Brandl");
            const qint64 mal = b.contact(ContactKind::Person, "Marc-Andr\xc3\xa9 Lemburg");
            const qint64 richard = b.contact(ContactKind::Person, "Richard Jones");

            const qint64 pythonDev =
                b.contact(ContactKind::MailingList, "python-dev@python.org", {email("python-dev@python.org")});
            const qint64 trackerDiscuss =
                b.contact(ContactKind::MailingList, "tracker-discuss@python.org", {email("tracker-discuss@python.org")},
                          "Used for discussion of the tracker.");
            const qint64 pyconTech =
                b.contact(ContactKind::MailingList, "pycon-tech@python.org", {email("pycon-tech@python.org")});
            const qint64 pypyDev =
                b.contact(ContactKind::MailingList, "pypy-dev@python.org", {email("pypy-dev@python.org")});
            const qint64 postmaster =
                b.contact(ContactKind::Mailbox, "postmaster@python.org", {email("postmaster@python.org")});
            const qint64 tracker = b.contact(ContactKind::IssueTracker, "pythondotorg issue tracker",
                                             {url("https://github.com/python/pythondotorg/issues", "GitHub")},
                                             "Issues with www.python.org can be reported here.");

            // ---- who owns what
            b.assign(org, staffList, "escalation", Priority::Primary,
                     "the best way to contact the infrastructure team");
            b.assign(org, channel, "escalation", Priority::Secondary, "often people hanging out there");
            b.assign(dyn, team, "maintainer", Priority::Primary,
                     "the team handles changes to sensitive global systems such as DNS");
            b.assign(gandi, team, "maintainer", Priority::Primary,
                     "the team handles changes to sensitive global systems such as DNS");

            b.assign(buildbot, antoine, "owner", Priority::Primary, "particularly Antoine Pitrou");
            b.assign(buildbot, pythonDev, "owner", Priority::Primary, "run by python-dev@python.org");
            b.assign(bugs, trackerDiscuss, "contact", Priority::Primary, "used for discussion of the tracker");
            b.assign(docs, benjamin, "owner", Priority::Primary);
            b.assign(docs, georg, "owner", Priority::Primary);
            b.assign(hg, antoine, "owner", Priority::Primary);
            b.assign(hg, georg, "owner", Priority::Primary);
            b.assign(mail, postmaster, "contact", Priority::Primary, "all inquiries should be directed here");
            b.assign(wiki, mal, "owner", Priority::Primary);
            b.assign(jython, benjamin, "contact", Priority::Primary, "can be poked about it");
            b.assign(www, tracker, "contact", Priority::Primary, "report issues with the site here");
            b.assign(pycon, pyconTech, "contact", Priority::Primary, "the contact address");
            b.assign(pypi, ernest, "maintainer", Priority::Primary);
            b.assign(pypi, donald, "maintainer", Priority::Primary);
            b.assign(pypi, richard, "maintainer", Priority::Primary);
            b.assign(pypy, pypyDev, "maintainer", Priority::Primary);
            return b.ok();
        },
        error);
}

} // namespace steward
