#include "server/ldap_directory.h"

#include <ldap.h>

#include <algorithm>
#include <cctype>
#include <memory>

#include "util/config_file.h"
#include "util/utf8.h"

namespace wenyuan::server {
namespace {

std::string Replace(std::string text, std::string_view from, const std::string& to) {
  for (size_t pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + to.size())) {
    text.replace(pos, from.size(), to);
  }
  return text;
}

// The value of a DN's first RDN ("cn=Press Office,ou=groups,..." → "press office").
std::string FirstRdnValue(const std::string& dn) {
  size_t eq = dn.find('=');
  if (eq == std::string::npos) return utf8::AsciiLower(dn);
  size_t end = eq + 1;
  while (end < dn.size() && dn[end] != ',') end += dn[end] == '\\' ? 2 : 1;
  return utf8::AsciiLower(dn.substr(eq + 1, std::min(end, dn.size()) - eq - 1));
}

struct LdapCloser {
  void operator()(LDAP* ld) const { ldap_unbind_ext_s(ld, nullptr, nullptr); }
};
using LdapHandle = std::unique_ptr<LDAP, LdapCloser>;

struct MessageFree {
  void operator()(LDAPMessage* m) const { ldap_msgfree(m); }
};

// The DNs of the entries the search finds.
Result<std::vector<std::string>> SearchDns(LDAP* ld, const std::string& base, const std::string& filter,
                                           int timeout_seconds) {
  timeval tv{timeout_seconds, 0};
  char no_attributes[] = "1.1";
  char* attrs[] = {no_attributes, nullptr};
  LDAPMessage* raw = nullptr;
  int rc = ldap_search_ext_s(ld, base.c_str(), LDAP_SCOPE_SUBTREE, filter.c_str(), attrs, 0, nullptr, nullptr, &tv,
                             1000, &raw);
  std::unique_ptr<LDAPMessage, MessageFree> result(raw);
  if (rc != LDAP_SUCCESS && rc != LDAP_SIZELIMIT_EXCEEDED) {
    return Status::IOError("ldap search under '" + base + "' for " + filter + ": " + ldap_err2string(rc));
  }
  std::vector<std::string> dns;
  for (LDAPMessage* e = ldap_first_entry(ld, raw); e != nullptr; e = ldap_next_entry(ld, e)) {
    char* dn = ldap_get_dn(ld, e);
    if (dn != nullptr) {
      dns.emplace_back(dn);
      ldap_memfree(dn);
    }
  }
  return dns;
}

// "ROLE [KB,KB...]" for the group.
Result<LdapGroupRole> ParseGroupRole(const std::string& group, const std::string& value) {
  LdapGroupRole g;
  g.group = group;
  size_t space = value.find(' ');
  WY_ASSIGN_OR_RETURN(g.role, ParseRole(value.substr(0, space)));
  if (space != std::string::npos) {
    std::string list = value.substr(space + 1);
    size_t pos = 0;
    while (pos <= list.size()) {
      size_t comma = list.find(',', pos);
      if (comma == std::string::npos) comma = list.size();
      std::string kb = list.substr(pos, comma - pos);
      kb.erase(0, kb.find_first_not_of(' '));
      kb.erase(kb.find_last_not_of(' ') + 1);
      if (!kb.empty()) g.kbs.push_back(kb);
      pos = comma + 1;
    }
  }
  if (g.role == Role::kAdmin) g.kbs = {"*"};
  WY_RETURN_IF_ERROR(ValidateKeyGrant(g.role, g.kbs));
  return g;
}

}  // namespace

Status ApplyLdapSetting(LdapConfig& c, const std::string& key, const std::string& value) {
  if (key == "url") {
    if (!value.starts_with("ldap://") && !value.starts_with("ldaps://")) {
      return Status::InvalidArgument("ldap.url must start with ldap:// or ldaps://");
    }
    c.url = value;
  } else if (key == "bind_dn") {
    if (value.find("{user}") == std::string::npos) {
      return Status::InvalidArgument("ldap.bind_dn must contain {user}");
    }
    c.bind_dn = value;
  } else if (key == "user_base") {
    c.user_base = value;
  } else if (key == "user_filter") {
    c.user_filter = value;
  } else if (key == "group_base") {
    c.group_base = value;
  } else if (key == "group_filter") {
    c.group_filter = value;
  } else if (key == "starttls") {
    if (value != "true" && value != "false") return Status::InvalidArgument("ldap.starttls must be true or false");
    c.starttls = value == "true";
  } else if (key == "ca_file") {
    c.ca_file = value;
  } else if (key == "timeout_seconds") {
    if (!ParseSettingNumber(value, c.timeout_seconds, 1, 300)) {
      return Status::InvalidArgument("ldap.timeout_seconds must be 1-300");
    }
  } else if (key.starts_with("group.") && key.size() > 6) {
    // ldap.group.CN = ROLE [KB,KB...]
    WY_ASSIGN_OR_RETURN(LdapGroupRole g, ParseGroupRole(key.substr(6), value));
    c.groups.push_back(std::move(g));
  } else if (key == "group_dn") {
    // ldap.group_dn = DN ; ROLE [KB,KB...] (a config key cannot hold '=')
    size_t semicolon = value.rfind(';');
    if (semicolon == std::string::npos) {
      return Status::InvalidArgument("ldap.group_dn must be 'DN ; ROLE [KB,KB...]'");
    }
    std::string dn = value.substr(0, semicolon);
    dn.erase(dn.find_last_not_of(' ') + 1);
    std::string grant = value.substr(semicolon + 1);
    grant.erase(0, grant.find_first_not_of(' '));
    if (dn.empty()) return Status::InvalidArgument("ldap.group_dn needs a DN before ';'");
    WY_ASSIGN_OR_RETURN(LdapGroupRole g, ParseGroupRole(dn, grant));
    c.groups.push_back(std::move(g));
  } else {
    return Status::InvalidArgument("unknown setting 'ldap." + key + "'");
  }
  return Status::Ok();
}

Status ValidateLdapConfig(const LdapConfig& c) {
  if (!c.enabled()) return Status::Ok();
  if (c.bind_dn.empty()) return Status::InvalidArgument("ldap.url is set but ldap.bind_dn is not");
  if (c.bind_dn.find('=') == std::string::npos && c.user_base.empty()) {
    return Status::InvalidArgument("ldap.bind_dn '" + c.bind_dn +
                                   "' is not a DN, so ldap.user_base is needed to find the user's entry");
  }
  if (c.groups.empty()) return Status::InvalidArgument("ldap.url is set but no ldap.group.NAME = ROLE maps a group");
  return Status::Ok();
}

DirectoryGrant MapDirectoryGroups(const LdapConfig& config, const std::vector<std::string>& group_dns) {
  DirectoryGrant grant;
  for (const auto& dn : group_dns) {
    const std::string full = utf8::AsciiLower(dn);
    const std::string cn = FirstRdnValue(dn);
    for (const auto& g : config.groups) {
      const std::string want = utf8::AsciiLower(g.group);
      if (want != full && want != cn) continue;
      if (g.role > grant.role) grant.role = g.role;
      for (const auto& kb : g.kbs) {
        if (std::find(grant.kbs.begin(), grant.kbs.end(), kb) == grant.kbs.end()) grant.kbs.push_back(kb);
      }
    }
  }
  if (grant.role == Role::kAdmin) grant.kbs = {"*"};
  return grant;
}

std::string EscapeLdapFilterValue(std::string_view value) {
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : value) {
    if (c == '*' || c == '(' || c == ')' || c == '\\' || c == 0) {
      out += '\\';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

DirectorySignIn LdapSignIn(const LdapConfig& config, const std::string& name, const std::string& password) {
  DirectorySignIn out;
  if (password.empty()) {
    out.outcome = DirectoryOutcome::kWrongPassword;
    return out;
  }
  LDAP* raw = nullptr;
  if (int rc = ldap_initialize(&raw, config.url.c_str()); rc != LDAP_SUCCESS) {
    out.detail = "ldap " + config.url + ": " + ldap_err2string(rc);
    return out;
  }
  LdapHandle ld(raw);
  int version = LDAP_VERSION3;
  ldap_set_option(raw, LDAP_OPT_PROTOCOL_VERSION, &version);
  ldap_set_option(raw, LDAP_OPT_REFERRALS, LDAP_OPT_OFF);
  timeval tv{config.timeout_seconds, 0};
  ldap_set_option(raw, LDAP_OPT_NETWORK_TIMEOUT, &tv);
  ldap_set_option(raw, LDAP_OPT_TIMEOUT, &tv);
  if (!config.ca_file.empty()) {
    ldap_set_option(raw, LDAP_OPT_X_TLS_CACERTFILE, config.ca_file.c_str());
    int new_context = 0;
    ldap_set_option(raw, LDAP_OPT_X_TLS_NEWCTX, &new_context);
  }
  if (config.starttls) {
    if (int rc = ldap_start_tls_s(raw, nullptr, nullptr); rc != LDAP_SUCCESS) {
      out.detail = "ldap " + config.url + ": StartTLS: " + ldap_err2string(rc);
      return out;
    }
  }
  const std::string bind_dn = Replace(config.bind_dn, "{user}", name);
  berval credentials{static_cast<ber_len_t>(password.size()), const_cast<char*>(password.data())};
  int rc = ldap_sasl_bind_s(raw, bind_dn.c_str(), LDAP_SASL_SIMPLE, &credentials, nullptr, nullptr, nullptr);
  if (rc == LDAP_INVALID_CREDENTIALS || rc == LDAP_INVALID_DN_SYNTAX || rc == LDAP_NO_SUCH_OBJECT) {
    out.outcome = DirectoryOutcome::kWrongPassword;
    return out;
  }
  if (rc != LDAP_SUCCESS) {
    out.detail = "ldap " + config.url + ": bind as " + bind_dn + ": " + ldap_err2string(rc);
    return out;
  }
  out.dn = bind_dn;
  const std::string escaped_name = EscapeLdapFilterValue(name);
  if (!config.user_base.empty()) {
    auto found =
        SearchDns(raw, config.user_base, Replace(config.user_filter, "{user}", escaped_name), config.timeout_seconds);
    if (!found.ok() || found->size() != 1) {
      out.detail = found.ok() ? "ldap: " + std::to_string(found->size()) + " entries match " + config.user_filter +
                                    " for '" + name + "' under " + config.user_base
                              : found.status().message();
      return out;
    }
    out.dn = (*found)[0];
  }
  if (!config.group_base.empty()) {
    std::string filter = Replace(config.group_filter, "{dn}", EscapeLdapFilterValue(out.dn));
    filter = Replace(filter, "{user}", escaped_name);
    auto groups = SearchDns(raw, config.group_base, filter, config.timeout_seconds);
    if (!groups.ok()) {
      out.detail = groups.status().message();
      return out;
    }
    out.groups = std::move(*groups);
  }
  out.grant = MapDirectoryGroups(config, out.groups);
  out.outcome = DirectoryOutcome::kSignedIn;
  return out;
}

}  // namespace wenyuan::server
