# Installs the Debian packages EstateDesk needs to build, run and test (only those missing).
# Sourced by scripts/run and scripts/test.
ESTATEDESK_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql
    qt6-tools-dev qt6-l10n-tools qt6-svg-dev qt6-translations-l10n
    libxlsxwriter-dev libsodium-dev libicu-dev zlib1g-dev
    fonts-wqy-microhei sqlite3 libsqlite3-dev postgresql-15 poppler-utils
    libreoffice-calc-nogui
    clang-14 libfuzzer-14-dev libclang-rt-14-dev
)

estatedesk_install_missing() {
    local missing=()
    local pkg
    for pkg in "${ESTATEDESK_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing packages: ${missing[*]}" >&2
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# estatedesk_build BUILD_DIR [more cmake -D options]
estatedesk_build() {
    local build_dir="$1"
    shift
    cmake -S "$ESTATEDESK_ROOT" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$build_dir" --parallel "$(nproc)"
}
