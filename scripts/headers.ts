/**
 * `npm run headers`: the response headers to configure for the current settings (src/config/organisation.ts,
 * or the file ORGANISATION_SETTINGS names), as nginx and Apache lines. They differ only by `frameAncestors`.
 */
import { apacheLines, nginxLines, securityHeaders } from '../src/security/headers.ts';
import { loadSettings } from './support/settings.ts';

const { file, organisation } = await loadSettings();
const headers = securityHeaders(organisation);
const framing = organisation.frameAncestors.length ? `may be framed by ${organisation.frameAncestors.join(', ')}` : 'may not be framed';
console.log(`# Security headers for ${file} (the site ${framing}).
# nginx: in the server or location block that serves the site (repeat them in a location block with add_header lines of its own)
${nginxLines(headers).join('\n')}

# Apache: in the virtual host or in an .htaccess file in the site's folder
${apacheLines(headers).join('\n')}`);
