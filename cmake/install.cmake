# `cmake --install BUILD --component wenyuan` (and the .deb of
# scripts/package-deb): the binary (the web UI is compiled in), the jieba
# dictionaries it reads, a systemd unit with its system user, a sample
# configuration in /etc/wenyuan/ and the deployment docs. The data directory
# is /var/lib/wenyuan (the unit's StateDirectory). Everything is in the
# component `wenyuan`, so llama.cpp's own install rules stay out.
include(GNUInstallDirs)
# Installing needs only what is installed (the binary), not every test and
# benchmark: scripts/package-deb builds `wenyuan`, then runs cpack.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(WENYUAN_CONFIG_DIR /etc/wenyuan CACHE PATH "Where the service's wenyuan.conf is installed")
set(WENYUAN_BIN_INSTALL_DIR ${CMAKE_INSTALL_FULL_BINDIR})
set(WENYUAN_DICT_INSTALL_DIR ${CMAKE_INSTALL_FULL_DATADIR}/wenyuan/jieba)
set(WENYUAN_DOC_DIR ${CMAKE_INSTALL_FULL_DOCDIR})
# systemd reads units and sysusers.d files under /usr/lib and /usr/local/lib.
# Destinations are relative to the prefix (CPack packages the same tree).
set(WENYUAN_SYSTEMD_UNIT_DIR lib/systemd/system)
set(WENYUAN_SYSUSERS_DIR lib/sysusers.d)

configure_file(${CMAKE_SOURCE_DIR}/packaging/wenyuan.service.in ${CMAKE_BINARY_DIR}/packaging/wenyuan.service @ONLY)

install(TARGETS wenyuan RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT wenyuan)
install(FILES ${WENYUAN_CPPJIEBA_DIR}/dict/jieba.dict.utf8 ${WENYUAN_CPPJIEBA_DIR}/dict/hmm_model.utf8
              ${WENYUAN_CPPJIEBA_DIR}/dict/user.dict.utf8 ${WENYUAN_CPPJIEBA_DIR}/dict/idf.utf8
              ${WENYUAN_CPPJIEBA_DIR}/dict/stop_words.utf8
        DESTINATION ${CMAKE_INSTALL_DATADIR}/wenyuan/jieba COMPONENT wenyuan)
install(FILES ${CMAKE_BINARY_DIR}/packaging/wenyuan.service DESTINATION ${WENYUAN_SYSTEMD_UNIT_DIR}
        COMPONENT wenyuan)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/sysusers-wenyuan.conf DESTINATION ${WENYUAN_SYSUSERS_DIR}
        RENAME wenyuan.conf COMPONENT wenyuan)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/wenyuan.conf DESTINATION ${WENYUAN_CONFIG_DIR} COMPONENT wenyuan)
install(FILES ${CMAKE_SOURCE_DIR}/README.md ${CMAKE_SOURCE_DIR}/docs/deployment.md
              ${CMAKE_SOURCE_DIR}/docs/configuration.md ${CMAKE_SOURCE_DIR}/docs/api.md
              ${CMAKE_SOURCE_DIR}/LICENSE ${CMAKE_SOURCE_DIR}/THIRD_PARTY.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT wenyuan)

# The .deb (cpack -G DEB in a build configured by scripts/package-deb).
set(CPACK_PACKAGE_NAME wenyuan)
set(CPACK_PACKAGE_VENDOR "Wenyuan")
set(CPACK_PACKAGE_CONTACT "Wenyuan maintainers <wenyuan@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "search and question answering over an organisation's Chinese documents")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR DEB)
# The unit names the binary by the configured prefix; package that prefix.
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
set(CPACK_COMPONENTS_ALL wenyuan)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# PDF text and OCR run as child processes (GPL tools, never linked).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "poppler-utils, tesseract-ocr, tesseract-ocr-chi-tra, tesseract-ocr-chi-sim")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${CMAKE_SOURCE_DIR}/packaging/deb/postinst ${CMAKE_SOURCE_DIR}/packaging/deb/prerm
    ${CMAKE_SOURCE_DIR}/packaging/deb/postrm ${CMAKE_SOURCE_DIR}/packaging/deb/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
