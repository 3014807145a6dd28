package org.satukota.pengaduan;

import java.util.List;

/** One page of public reports and how many match in all. */
public record PublicComplaintPage(List<PublicComplaint> items, long total) {
}
