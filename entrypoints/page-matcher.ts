import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { unpackMatcher } from '@/lib/entities/unpack';
import { leaveUnpacker } from '@/lib/page/stage/matcher-handoff';

// The page's own matcher: injected by the background (scripting.executeScript) into the content
// script's world only when the page must match text itself; never web-accessible.
export default defineUnlistedScript(() => leaveUnpacker((value) => unpackMatcher(value)));
